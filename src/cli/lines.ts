/**
 * Splits a text stream into lines for `ask --stdin`: a line ends at "\n" or "\r\n"; a lone
 * "\r" inside a line is whitespace, not a break (readline would split there, answering one
 * question as three). A last line without a newline still counts.
 */
export async function* readLines(input: AsyncIterable<string | Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  let pending = "";
  for await (const chunk of input) {
    pending += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    let end = pending.indexOf("\n");
    while (end >= 0) {
      yield cleanLine(pending.slice(0, end));
      pending = pending.slice(end + 1);
      end = pending.indexOf("\n");
    }
  }
  pending += decoder.decode();
  if (pending !== "") yield cleanLine(pending);
}

/** Drops the "\r" of a "\r\n" ending; any other "\r" becomes a space. */
function cleanLine(line: string): string {
  const body = line.endsWith("\r") ? line.slice(0, -1) : line;
  return body.replace(/\r/g, " ");
}
