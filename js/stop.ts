/** Stop sequences (OpenAI's `stop`): text that ends a generation and is not part of its output. */

import { GatedLoraError } from "./errors.js";
import type { Chunk } from "./types.js";

/** Half of a UTF-16 pair: as a stop sequence it would cut a character in two. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The `stop` option as a list: a string or up to 16 non-empty strings; null/undefined: none. */
export function stopSequences(stop: unknown): string[] {
  if (stop === undefined || stop === null) return [];
  const list = typeof stop === "string" ? [stop] : stop;
  if (!Array.isArray(list) || list.length > 16 || list.some((s) => typeof s !== "string" || s.length === 0 || LONE_SURROGATE.test(s))) {
    throw new GatedLoraError("stop must be a non-empty string or an array of at most 16 non-empty strings (well-formed Unicode)", "INVALID_ARGUMENT");
  }
  return list;
}

/**
 * Holds back streamed chunks while their text could still be the start of a stop sequence, so the
 * caller never sees a stop sequence or a piece of one. Chunks are never split while held: a
 * chunk's text stays the text of its token, except the one in which a stop sequence begins, which
 * keeps only the text before it.
 */
export class StopFilter {
  /** The text let through so far: the output, without the stop sequence once one was seen. */
  text = "";
  /** Chunks let through so far (their tokens are the output's). */
  tokens = 0;
  /** Whether a stop sequence was seen; nothing more is let through after it. */
  hit = false;
  private held: Chunk[] = [];
  private heldText = "";
  private readonly longest: number;

  constructor(private readonly stops: string[]) {
    this.longest = Math.max(0, ...stops.map((s) => s.length));
  }

  /** Takes the next chunk; returns the chunks that may be shown now. */
  push(chunk: Chunk): Chunk[] {
    if (this.hit) return [];
    this.held.push(chunk);
    this.heldText += chunk.text;
    return this.decide(false);
  }

  /** At the end of the generation: the chunks still held, up to a stop sequence among them. */
  flush(): Chunk[] {
    return this.hit ? [] : this.decide(true);
  }

  /**
   * Shown text never holds the start of a stop sequence (see `partial`), so every match lies in
   * the held text. The earliest complete one ends the output unless a stop sequence that begins
   * before it may still complete: then the output waits, so the cut never depends on how the
   * text was split into tokens.
   */
  private decide(atEnd: boolean): Chunk[] {
    let at = -1;
    for (const s of this.stops) {
      const i = this.heldText.indexOf(s);
      if (i >= 0 && (at < 0 || i < at)) at = i;
    }
    const pending = atEnd ? this.heldText.length : this.heldText.length - this.partial();
    if (at >= 0 && at <= pending) {
      this.hit = true;
      return this.release(at, "stop");
    }
    return this.release(at >= 0 ? Math.min(at, pending) : pending, atEnd ? "end" : "stream");
  }

  /** The longest end of the held text that begins a stop sequence (it must wait for more text). */
  private partial(): number {
    for (let n = Math.min(this.longest - 1, this.heldText.length); n > 0; n--) {
      const tail = this.heldText.slice(this.heldText.length - n);
      if (this.stops.some((s) => s.startsWith(tail))) return n;
    }
    return 0;
  }

  /** Lets through the held chunks that end by `upTo` (held-text characters); at a stop sequence
   * also the chunk it begins in, cut there, and drops the rest. */
  private release(upTo: number, at: "stream" | "stop" | "end"): Chunk[] {
    const stop = at === "stop";
    const out: Chunk[] = [];
    let end = 0;
    while (this.held.length) {
      const c = this.held[0];
      const start = end;
      end += c.text.length;
      // A token without text carries the first bytes of the next one's character: it belongs
      // with that text, which may begin a stop sequence.
      const waits = c.text.length === 0 && at !== "end" && end === upTo;
      if (end > upTo || waits) {
        if (stop && start < upTo) out.push({ ...c, text: c.text.slice(0, upTo - start) });
        break;
      }
      out.push(c);
      this.held.shift();
    }
    if (stop) this.held = [];
    const taken = out.reduce((n, c) => n + c.text.length, 0);
    this.heldText = stop ? "" : this.heldText.slice(taken);
    for (const c of out) this.text += c.text;
    this.tokens += out.length;
    return out;
  }
}
