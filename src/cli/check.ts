// Placeholder until its owner lands the real command.
export async function run(_args: string[]): Promise<number> {
  process.stderr.write("briefbot check: not built yet\n");
  return 1;
}
