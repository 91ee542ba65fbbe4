// Stop sequences (js/stop.ts, built to pkg/stop.js): what a stream shows and where it ends, for
// stop texts that fall inside a token, across tokens, at a token's start, and that only begin.
import { test } from "node:test";
import assert from "node:assert/strict";
import { StopFilter, stopSequences } from "../../pkg/stop.js";

/** Feeds token texts through a filter; returns what was shown and the filter. */
function run(texts, stops) {
  const f = new StopFilter(stops);
  const shown = [];
  for (const [i, text] of texts.entries()) shown.push(...f.push({ token: i, text }));
  shown.push(...f.flush());
  return { shown, f };
}

const TOKENS = ["The", " capital", " of", " France", " is", " Paris", ".", "\n\n", "Paris", " is"];
const FULL = TOKENS.join("");

test("the output ends before the first stop sequence, wherever it falls among the tokens", () => {
  for (const stop of [" France", "ance is", "Paris", ".\n", "\n\n", "s P", "e"]) {
    const { shown, f } = run(TOKENS, [stop]);
    const want = FULL.slice(0, FULL.indexOf(stop));
    assert.equal(shown.map((c) => c.text).join(""), want, stop);
    assert.equal(f.text, want, stop);
    assert.ok(f.hit, stop);
    // Tokens: those before the stop and the one it begins in (cut to the text before it).
    const begins = TOKENS.findIndex((_, i) => TOKENS.slice(0, i + 1).join("").length > want.length);
    assert.equal(f.tokens, shown.length, stop);
    assert.deepEqual(shown.map((c) => c.token), [...Array(shown.length).keys()], stop);
    assert.equal(shown.length, want.length === TOKENS.slice(0, begins).join("").length ? begins : begins + 1, stop);
  }
});

test("the earliest of several stop sequences wins; none present shows everything", () => {
  assert.equal(run(TOKENS, ["Paris", " of"]).f.text, "The capital");
  const { shown, f } = run(TOKENS, ["Berlin", "Paris!"]);
  assert.equal(f.hit, false);
  assert.equal(shown.map((c) => c.text).join(""), FULL);
  assert.deepEqual(shown.map((c) => c.text), TOKENS);
});

test("text that could begin a stop sequence is held back until it cannot", () => {
  const f = new StopFilter(["Paris."]);
  const seen = [];
  for (const [i, text] of TOKENS.entries()) {
    const out = f.push({ token: i, text });
    seen.push(out.map((c) => c.text).join(""));
  }
  // " Paris" waits for "." (which ends it, so it shows cut before the stop); nothing after.
  assert.equal(seen[5], "");
  assert.equal(seen[6], " ");
  assert.equal(seen.join(""), "The capital of France is ");
  assert.equal(seen.slice(7).join(""), "");
  // A start that does not go on is let through with the next token.
  const g = new StopFilter(["Paris!"]);
  assert.deepEqual(g.push({ token: 0, text: " Paris" }), []);
  assert.deepEqual(g.push({ token: 1, text: "." }).map((c) => c.text), [" Paris", "."]);
});

test("an empty chunk where a stop sequence begins is not output", () => {
  // A character split over two tokens: the first carries no text (UTF-8 is never split).
  const { shown, f } = run(["ok ", "", "é!", " more"], ["é"]);
  assert.deepEqual(shown.map((c) => c.text), ["ok "]);
  assert.equal(f.tokens, 1);
  // Without a stop there, the empty chunk shows with the text that follows it, in order.
  const all = run(["ok ", "", "é!", " more"], ["?"]);
  assert.deepEqual(all.shown.map((c) => c.text), ["ok ", "", "é!", " more"]);
  assert.deepEqual(run(["a", ""], ["?"]).shown.map((c) => c.text), ["a", ""]);
  // ... and waits with it while that text may still begin one.
  const g = new StopFilter(["éa"]);
  assert.deepEqual(g.push({ token: 0, text: "" }), []);
  assert.deepEqual(g.push({ token: 1, text: "é" }), []);
  assert.deepEqual(g.push({ token: 2, text: "b" }).map((c) => c.token), [0, 1, 2]);
});

test("the cut never depends on how the text is split into tokens", () => {
  // Every split of each text into chunks (some with empty ones between) gives the one-chunk
  // output, for stop sets whose members overlap, contain each other, or only begin in the text.
  const texts = ["abcdab", "xbcdy", "aaab", "ab\ncd", "hé😀s"];
  const stopSets = [["bcd", "c"], ["cd", "bcd"], ["aab", "ab"], ["\n", "b\nc"], ["😀"], ["dz"], ["é😀", "s"]];
  const splits = (t) => {
    const out = [];
    for (let mask = 0; mask < 1 << (t.length - 1); mask++) {
      const parts = [];
      let cur = "";
      for (let i = 0; i < t.length; i++) {
        cur += t[i];
        // Never between the halves of a UTF-16 pair: the engine never splits a character.
        if (i < t.length - 1 && mask & (1 << i) && !/[\uD800-\uDBFF]/.test(t[i])) {
          parts.push(cur, ...(i % 3 === 0 ? [""] : []));
          cur = "";
        }
      }
      out.push([...parts, cur]);
    }
    return out;
  };
  for (const stops of stopSets) {
    for (const t of texts) {
      const whole = run([t], stops);
      const cuts = stops.map((s) => t.indexOf(s)).filter((i) => i >= 0);
      assert.equal(whole.f.text, cuts.length ? t.slice(0, Math.min(...cuts)) : t, `${t} ${stops}`);
      for (const parts of splits(t)) {
        const { shown, f } = run(parts, stops);
        assert.equal(f.text, whole.f.text, `${JSON.stringify(parts)} ${JSON.stringify(stops)}`);
        assert.equal(shown.map((c) => c.text).join(""), f.text);
        assert.equal(f.hit, whole.f.hit);
      }
    }
  }
});

test("the stop option: a string or up to 16 non-empty strings", () => {
  assert.deepEqual(stopSequences(undefined), []);
  assert.deepEqual(stopSequences(null), []);
  assert.deepEqual(stopSequences("\n"), ["\n"]);
  assert.deepEqual(stopSequences(["a", "b"]), ["a", "b"]);
  for (const bad of ["", [""], [1], Array(17).fill("x"), { a: 1 }, ["\uDE00"], ["a\uD83D"]]) {
    assert.throws(() => stopSequences(bad), (e) => e.code === "INVALID_ARGUMENT", JSON.stringify(bad));
  }
});
