/**
 * The dedicated Web Worker: owns the wasm engine and answers `Engine`'s requests.
 * Messages in:  {id, method, args}            (method: a `Backend` method name)
 * Messages out: {id, event}                   progress events and streamed chunks
 *               {id, result} | {id, error}    the answer
 */

import { WasmBackend } from "./wasm-backend.js";
import { serializeError } from "./errors.js";

interface Request {
  id: number;
  method: "load" | "generate" | "abort" | "loadAdapter" | "unloadAdapter" | "encode" | "decode" | "reload" | "dispose";
  args: unknown[];
}

const scope = self as unknown as {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (e: MessageEvent<Request>) => void): void;
};

const backend = new WasmBackend();

scope.addEventListener("message", (e) => {
  const { id, method, args } = e.data;
  const emit = (event: unknown) => scope.postMessage({ id, event });
  let answer: Promise<unknown>;
  switch (method) {
    case "load":
      answer = backend.load(args[0] as Parameters<WasmBackend["load"]>[0], emit);
      break;
    case "generate":
      // Requests carry their own id: abort refers to it.
      answer = backend.generate(args[0] as number, args[1], args[2] as Record<string, unknown>, emit);
      break;
    case "abort":
      backend.abort(args[0] as number);
      return;
    case "loadAdapter":
      answer = backend.loadAdapter(args[0] as string, args[1] as Parameters<WasmBackend["loadAdapter"]>[1], args[2] as boolean, emit);
      break;
    case "unloadAdapter":
      answer = backend.unloadAdapter(args[0] as string);
      break;
    case "encode":
      answer = backend.encode(args[0]);
      break;
    case "decode":
      answer = backend.decode(args[0] as number[]);
      break;
    case "reload":
      answer = backend.reload(emit);
      break;
    case "dispose":
      answer = backend.dispose();
      break;
    default:
      answer = Promise.reject(new Error(`unknown method ${String(method)}`));
  }
  answer.then(
    (result) => scope.postMessage({ id, result }),
    (error) => scope.postMessage({ id, error: serializeError(error) }),
  );
});

scope.postMessage({ id: 0, event: "started" });
