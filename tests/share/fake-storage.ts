/** An in-memory Storage that can be told to fail like a full or locked one. */
export class FakeStorage implements Storage {
  data = new Map<string, string>()
  failWith: string | null = null
  get length() {
    return this.data.size
  }
  clear() {
    this.data.clear()
  }
  getItem(k: string) {
    return this.data.get(k) ?? null
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null
  }
  removeItem(k: string) {
    this.data.delete(k)
  }
  setItem(k: string, v: string) {
    if (this.failWith) throw Object.assign(new Error(this.failWith), { name: this.failWith })
    this.data.set(k, v)
  }
}

/** The little of `window` the autosave touches: no address bar, no events. */
export const quietWindow = () =>
  ({
    location: { pathname: '/', search: '', hash: '' },
    history: { state: null, replaceState: () => {} },
    addEventListener: () => {},
    removeEventListener: () => {},
  }) as unknown as Window
