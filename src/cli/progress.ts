/** Progress bars for long work: on stderr, and only on a terminal (never in a pipe, a log or --json output). */
import cliProgress from 'cli-progress';

export function progressBar(total: number, unit: string, opts: { quiet?: boolean } = {}): cliProgress.SingleBar | undefined {
  if (opts.quiet || !process.stderr.isTTY) return undefined;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `{bar} {percentage}% | {value}/{total} ${unit} | {eta_formatted} left`,
      etaBuffer: 20,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}
