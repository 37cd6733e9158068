;; Dot-product kernel for the claim alignment (src/engine/similarity/kernel.ts), compiled to
;; src/engine/similarity/data/dot-wasm.generated.ts by scripts/build-wasm.mjs.
;;
;; dotMatrix(xs, nx, ys, ny, out): rows are 100 f32 (400 bytes); xs holds nx rows (nx even), ys
;; holds ny rows (ny a multiple of 4); out[r * ny + c] (f32) = row r of xs · row c of ys.
;; Blocks of 2 × 4 rows, four lanes a step (f32x4), as the JavaScript fallback does with scalars.
(module
  (memory (export "mem") 1)
  (func $hsum (param $x v128) (result f32)
    (f32.add
      (f32.add (f32x4.extract_lane 0 (local.get $x)) (f32x4.extract_lane 1 (local.get $x)))
      (f32.add (f32x4.extract_lane 2 (local.get $x)) (f32x4.extract_lane 3 (local.get $x)))))
  (func (export "dotMatrix") (param $xs i32) (param $nx i32) (param $ys i32) (param $ny i32) (param $out i32)
    (local $r i32) (local $c i32) (local $a i32) (local $b i32) (local $d i32) (local $o i32)
    (local $u v128) (local $v v128) (local $y v128)
    (local $s0 v128) (local $s1 v128) (local $s2 v128) (local $s3 v128)
    (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128)
    (if (i32.le_s (local.get $nx) (i32.const 0)) (then (return)))
    (if (i32.le_s (local.get $ny) (i32.const 0)) (then (return)))
    (local.set $r (i32.const 0))
    (loop $rows
      ;; a: byte offset of row r of xs; o: byte offset of out[r * ny]
      (local.set $a (i32.add (local.get $xs) (i32.mul (local.get $r) (i32.const 400))))
      (local.set $o (i32.add (local.get $out) (i32.shl (i32.mul (local.get $r) (local.get $ny)) (i32.const 2))))
      (local.set $c (i32.const 0))
      (loop $cols
        (local.set $b (i32.add (local.get $ys) (i32.mul (local.get $c) (i32.const 400))))
        (local.set $s0 (v128.const i32x4 0 0 0 0)) (local.set $s1 (v128.const i32x4 0 0 0 0))
        (local.set $s2 (v128.const i32x4 0 0 0 0)) (local.set $s3 (v128.const i32x4 0 0 0 0))
        (local.set $t0 (v128.const i32x4 0 0 0 0)) (local.set $t1 (v128.const i32x4 0 0 0 0))
        (local.set $t2 (v128.const i32x4 0 0 0 0)) (local.set $t3 (v128.const i32x4 0 0 0 0))
        (local.set $d (i32.const 0))
        (loop $dims
          (local.set $u (v128.load (i32.add (local.get $a) (local.get $d))))
          (local.set $v (v128.load offset=400 (i32.add (local.get $a) (local.get $d))))
          (local.set $y (v128.load (i32.add (local.get $b) (local.get $d))))
          (local.set $s0 (f32x4.add (local.get $s0) (f32x4.mul (local.get $u) (local.get $y))))
          (local.set $t0 (f32x4.add (local.get $t0) (f32x4.mul (local.get $v) (local.get $y))))
          (local.set $y (v128.load offset=400 (i32.add (local.get $b) (local.get $d))))
          (local.set $s1 (f32x4.add (local.get $s1) (f32x4.mul (local.get $u) (local.get $y))))
          (local.set $t1 (f32x4.add (local.get $t1) (f32x4.mul (local.get $v) (local.get $y))))
          (local.set $y (v128.load offset=800 (i32.add (local.get $b) (local.get $d))))
          (local.set $s2 (f32x4.add (local.get $s2) (f32x4.mul (local.get $u) (local.get $y))))
          (local.set $t2 (f32x4.add (local.get $t2) (f32x4.mul (local.get $v) (local.get $y))))
          (local.set $y (v128.load offset=1200 (i32.add (local.get $b) (local.get $d))))
          (local.set $s3 (f32x4.add (local.get $s3) (f32x4.mul (local.get $u) (local.get $y))))
          (local.set $t3 (f32x4.add (local.get $t3) (f32x4.mul (local.get $v) (local.get $y))))
          (local.set $d (i32.add (local.get $d) (i32.const 16)))
          (br_if $dims (i32.lt_u (local.get $d) (i32.const 400))))
        (f32.store (local.get $o) (call $hsum (local.get $s0)))
        (f32.store offset=4 (local.get $o) (call $hsum (local.get $s1)))
        (f32.store offset=8 (local.get $o) (call $hsum (local.get $s2)))
        (f32.store offset=12 (local.get $o) (call $hsum (local.get $s3)))
        (f32.store (i32.add (local.get $o) (i32.shl (local.get $ny) (i32.const 2))) (call $hsum (local.get $t0)))
        (f32.store offset=4 (i32.add (local.get $o) (i32.shl (local.get $ny) (i32.const 2))) (call $hsum (local.get $t1)))
        (f32.store offset=8 (i32.add (local.get $o) (i32.shl (local.get $ny) (i32.const 2))) (call $hsum (local.get $t2)))
        (f32.store offset=12 (i32.add (local.get $o) (i32.shl (local.get $ny) (i32.const 2))) (call $hsum (local.get $t3)))
        (local.set $o (i32.add (local.get $o) (i32.const 16)))
        (local.set $c (i32.add (local.get $c) (i32.const 4)))
        (br_if $cols (i32.lt_s (local.get $c) (local.get $ny))))
      (local.set $r (i32.add (local.get $r) (i32.const 2)))
      (br_if $rows (i32.lt_s (local.get $r) (local.get $nx))))))
