// Vite's `?worker` import: a constructor for a dedicated worker built from that module (vite/client declares the same).
declare module '*?worker' {
  const WorkerConstructor: new () => Worker;
  export default WorkerConstructor;
}
