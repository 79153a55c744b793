/**
 * A server-sent events parser (the WHATWG event-stream format) for text that arrives in chunks of any size: lines end
 * with LF, CR or CRLF; `data:` lines join with LF; an empty line dispatches; comments (`:`) are skipped. It runs over
 * `fetch`, so it can send `Authorization` and `Last-Event-ID`, which `EventSource` cannot.
 */
export class EventStreamParser {
  /** @param onEvent called with `{id, type, data}` per event; `id` is undefined when the event had none */
  constructor(onEvent) {
    this.onEvent = onEvent;
    this.buffer = '';
    this.pendingCR = false;
    this.reset();
  }

  reset() {
    this.id = undefined;
    this.type = '';
    this.data = [];
  }

  /** Feeds the next chunk of text. */
  push(chunk) {
    let text = chunk;
    if (this.pendingCR && text.startsWith('\n')) {
      text = text.slice(1);
    }
    this.pendingCR = false;
    this.buffer += text;
    let start = 0;
    for (let i = 0; i < this.buffer.length; i++) {
      const c = this.buffer[i];
      if (c === '\n' || c === '\r') {
        this.line(this.buffer.slice(start, i));
        if (c === '\r') {
          if (i + 1 === this.buffer.length) {
            this.pendingCR = true;
          } else if (this.buffer[i + 1] === '\n') {
            i++;
          }
        }
        start = i + 1;
      }
    }
    this.buffer = this.buffer.slice(start);
  }

  line(line) {
    if (line === '') {
      if (this.data.length > 0) {
        this.onEvent({ id: this.id, type: this.type || 'message', data: this.data.join('\n') });
      }
      this.reset();
      return;
    }
    if (line.startsWith(':')) {
      return;
    }
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) {
      value = value.slice(1);
    }
    if (field === 'data') {
      this.data.push(value);
    } else if (field === 'event') {
      this.type = value;
    } else if (field === 'id' && !value.includes('\0')) {
      this.id = value;
    }
  }
}
