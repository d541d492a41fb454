import { spawn } from 'node:child_process';

/** Run a command to its end; a failure throws with the command line and the end of its output. */
export async function runCommand(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<string> {
  const commandLine = [command, ...args].join(' ');
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', (error) =>
      reject(new Error(`Could not run \`${commandLine}\`: ${error.message}`)),
    );
    child.once('close', resolve);
  });
  if (code !== 0) {
    throw new Error(
      `\`${commandLine}\` failed (exit code ${code}):\n${output.trim().slice(-3000) || '(no output)'}`,
    );
  }
  return output;
}
