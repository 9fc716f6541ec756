/**
 * Runs `run` once the browser has painted the next frame: a task queued from inside the frame's
 * animation callback runs after that frame's paint. Returns a function that cancels it.
 */
export function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}

/**
 * Runs `run` when the browser next has idle time (within `timeout` ms at the latest), or in a task
 * of its own where there is no `requestIdleCallback` (Safari). Returns a function that cancels it.
 */
export function whenIdle(run: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout })
    return () => cancelIdleCallback(handle)
  }
  const timer = setTimeout(run, 0)
  return () => clearTimeout(timer)
}

/**
 * Runs `run` once the browser has painted the next frame and then has idle time: for work a page
 * can do without, after what it shows. Returns a function that cancels it.
 */
export function afterPaintWhenIdle(run: () => void): () => void {
  let cancelIdle = () => {}
  const cancelPaint = afterNextPaint(() => (cancelIdle = whenIdle(run)))
  return () => {
    cancelPaint()
    cancelIdle()
  }
}
