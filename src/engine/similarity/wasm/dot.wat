;; Dot-product kernel for the claim alignment (src/engine/similarity/kernel.ts), compiled to
;; src/engine/similarity/data/dot-wasm.generated.ts by scripts/build-wasm.mjs.
;;
;; dotMatrix(xs, nx, ys, ny, out, rowMax, colMax): rows are 100 f32 (400 bytes); xs holds nx rows
;; (nx even), ys holds ny rows (ny a multiple of 4); out[r * ny + c] (f32) = row r of xs · row c of
;; ys. Also rowMax[r] = max(0, max over c of out[r * ny + c]) and colMax[c] = max(colMax[c], max over
;; r of out[r * ny + c]) (the caller zeroes colMax). All offsets are in bytes.
;;
;; Blocks of 2 × 4 rows, four lanes a step (f32x4), as the JavaScript fallback does with scalars.
;; Each product's four lane sums are added as (l0 + l1) + (l2 + l3), four products at once; maxima
;; use f32x4.pmax (a plain compare-and-pick: no branches on zeros, which padding rows produce).
(module
  (memory (export "mem") 1)
  (func (export "dotMatrix") (param $xs i32) (param $nx i32) (param $ys i32) (param $ny i32) (param $out i32)
    (param $rowMax i32) (param $colMax i32)
    (local $r i32) (local $c i32) (local $a i32) (local $b i32) (local $d i32) (local $o i32) (local $o2 i32)
    (local $cm i32)
    (local $u v128) (local $v v128) (local $y v128)
    (local $s0 v128) (local $s1 v128) (local $s2 v128) (local $s3 v128)
    (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128)
    (local $p v128) (local $q v128) (local $h v128) (local $g v128)
    (local $rm0 v128) (local $rm1 v128)
    (if (i32.le_s (local.get $nx) (i32.const 0)) (then (return)))
    (if (i32.le_s (local.get $ny) (i32.const 0)) (then (return)))
    (local.set $r (i32.const 0))
    (loop $rows
      ;; a: byte offset of row r of xs; o / o2: byte offsets of out[r * ny] / out[(r + 1) * ny]
      (local.set $a (i32.add (local.get $xs) (i32.mul (local.get $r) (i32.const 400))))
      (local.set $o (i32.add (local.get $out) (i32.shl (i32.mul (local.get $r) (local.get $ny)) (i32.const 2))))
      (local.set $o2 (i32.add (local.get $o) (i32.shl (local.get $ny) (i32.const 2))))
      (local.set $rm0 (v128.const i32x4 0 0 0 0))
      (local.set $rm1 (v128.const i32x4 0 0 0 0))
      (local.set $cm (local.get $colMax))
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
        ;; h = (sum s0, sum s1, sum s2, sum s3): p = (s0.0 + s0.1, s0.2 + s0.3, s1.0 + s1.1, s1.2 + s1.3),
        ;; q likewise for s2, s3; then h = (p.0 + p.1, p.2 + p.3, q.0 + q.1, q.2 + q.3)
        (local.set $p (f32x4.add
          (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $s0) (local.get $s1))
          (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $s0) (local.get $s1))))
        (local.set $q (f32x4.add
          (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $s2) (local.get $s3))
          (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $s2) (local.get $s3))))
        (local.set $h (f32x4.add
          (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $p) (local.get $q))
          (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $p) (local.get $q))))
        (local.set $p (f32x4.add
          (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $t0) (local.get $t1))
          (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $t0) (local.get $t1))))
        (local.set $q (f32x4.add
          (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $t2) (local.get $t3))
          (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $t2) (local.get $t3))))
        (local.set $g (f32x4.add
          (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $p) (local.get $q))
          (i8x16.shuffle 4 5 6 7 12 13 14 15 20 21 22 23 28 29 30 31 (local.get $p) (local.get $q))))
        (v128.store (local.get $o) (local.get $h))
        (v128.store (local.get $o2) (local.get $g))
        (local.set $rm0 (f32x4.pmax (local.get $rm0) (local.get $h)))
        (local.set $rm1 (f32x4.pmax (local.get $rm1) (local.get $g)))
        (v128.store (local.get $cm)
          (f32x4.pmax (v128.load (local.get $cm)) (f32x4.pmax (local.get $h) (local.get $g))))
        (local.set $cm (i32.add (local.get $cm) (i32.const 16)))
        (local.set $o (i32.add (local.get $o) (i32.const 16)))
        (local.set $o2 (i32.add (local.get $o2) (i32.const 16)))
        (local.set $c (i32.add (local.get $c) (i32.const 4)))
        (br_if $cols (i32.lt_s (local.get $c) (local.get $ny))))
      ;; the largest lane of rm0 / rm1
      (local.set $rm0 (f32x4.pmax (local.get $rm0)
        (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $rm0) (local.get $rm0))))
      (local.set $rm0 (f32x4.pmax (local.get $rm0)
        (i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11 (local.get $rm0) (local.get $rm0))))
      (local.set $rm1 (f32x4.pmax (local.get $rm1)
        (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get $rm1) (local.get $rm1))))
      (local.set $rm1 (f32x4.pmax (local.get $rm1)
        (i8x16.shuffle 4 5 6 7 0 1 2 3 12 13 14 15 8 9 10 11 (local.get $rm1) (local.get $rm1))))
      (f32.store (i32.add (local.get $rowMax) (i32.shl (local.get $r) (i32.const 2))) (f32x4.extract_lane 0 (local.get $rm0)))
      (f32.store offset=4 (i32.add (local.get $rowMax) (i32.shl (local.get $r) (i32.const 2))) (f32x4.extract_lane 0 (local.get $rm1)))
      (local.set $r (i32.add (local.get $r) (i32.const 2)))
      (br_if $rows (i32.lt_s (local.get $r) (local.get $nx))))))
