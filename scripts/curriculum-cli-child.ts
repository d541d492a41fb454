/**
 * The curriculum CLI proper, run in a child process by `curriculumCliWithLimits` (so a document
 * the parser chokes on costs a time and memory limit, not a hang or a crash).
 */
import { curriculumCli } from './curriculum-cli';

const result = curriculumCli(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
