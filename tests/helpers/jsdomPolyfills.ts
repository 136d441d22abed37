/** Browser APIs Fluent UI uses that jsdom does not provide. */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const w = globalThis as unknown as { ResizeObserver?: unknown };
if (w.ResizeObserver === undefined) w.ResizeObserver = ResizeObserverStub;

/* global FileReader */
// jsdom 20's Blob (and File) has no arrayBuffer(); browsers do
if (typeof Blob !== "undefined" && Blob.prototype.arrayBuffer === undefined)
  Blob.prototype.arrayBuffer = function arrayBuffer(this: Blob): Promise<ArrayBuffer> {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };

// nor TextDecoder, which the import decodes Shift_JIS and UTF-8 with (Node's is the WHATWG one)
const g = globalThis as unknown as { TextDecoder?: unknown };
if (g.TextDecoder === undefined) g.TextDecoder = require("util").TextDecoder;
