/** A one-line progress bar on a terminal; on a pipe or file it prints nothing, so logs stay clean. */
export function createProgressBar(options: { total: number; stream: NodeJS.WriteStream; width?: number }) {
  const { total, stream } = options;
  const width = options.width ?? 30;
  const interactive = Boolean(stream.isTTY);
  let done = 0;
  const draw = (label: string) => {
    if (!interactive) return;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${label}`;
    stream.write(`\r${line.slice(0, (stream.columns ?? 100) - 1).padEnd((stream.columns ?? 100) - 1)}`);
  };
  draw('');
  return {
    tick(label: string) {
      done++;
      draw(label);
    },
    done() {
      if (interactive) stream.write('\n');
    },
  };
}
