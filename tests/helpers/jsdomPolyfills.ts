/** Browser APIs Fluent UI uses that jsdom does not provide. */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const w = globalThis as unknown as { ResizeObserver?: unknown };
if (w.ResizeObserver === undefined) w.ResizeObserver = ResizeObserverStub;
