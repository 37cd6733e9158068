/**
 * Imported (for its effect) by every test that runs the engine: reads data/vectors.bin and
 * data/lexicon.json and installs them in the engine, as the CLI and the extension's worker do.
 *   import '../support/tables';
 */
import { ensureEngineTables } from '../../src/host/tables';

ensureEngineTables();
