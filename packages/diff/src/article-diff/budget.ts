/**
 * The bounds every jsdiff call of one article diff runs under: an edit length (in tokens for word diffs, in
 * alinéas for the alignment) and one deadline shared by all the calls, so a whole article stays bounded.
 */
export interface DiffBounds {
  maxEditLength: number;
  timeoutMs: number;
}

/** What jsdiff takes; it returns `undefined` when either bound is hit. */
export interface JsdiffBounds {
  maxEditLength: number;
  timeout: number;
}

export class DiffBudget {
  private readonly deadline: number;

  constructor(private readonly bounds: DiffBounds) {
    // jsdiff measures its timeout with Date.now(), so the deadline does too.
    this.deadline = Date.now() + bounds.timeoutMs;
  }

  /** The bounds for the next jsdiff call, or null when the article's time is already spent. */
  next(): JsdiffBounds | null {
    const remaining = this.deadline - Date.now();
    if (remaining <= 0) return null;
    return { maxEditLength: this.bounds.maxEditLength, timeout: remaining };
  }
}
