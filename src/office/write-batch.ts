/**
 * Queues write operations until their estimated size reaches the budget, then sends them in one sync with
 * calculation suspended, so the number of syncs follows the data volume, not the number of rows or sheets.
 */
import { BATCH_BUDGET_BYTES } from './payload';

export class WriteBatch {
  private pendingBytes = 0;
  private afterSync: (() => void)[] = [];

  constructor(
    private readonly context: Excel.RequestContext,
    readonly budgetBytes = BATCH_BUDGET_BYTES,
  ) {}

  /**
   * Makes room for operations of `bytes` that the caller queues right after: sends what is queued first
   * if they would not fit. `onSent` runs once they have reached Excel.
   */
  async reserve(bytes: number, onSent?: () => void): Promise<void> {
    if (this.pendingBytes > 0 && this.pendingBytes + bytes > this.budgetBytes) await this.flush();
    // Written cells would otherwise recalculate the user's volatile formulas on every batch;
    // the final step of applyChanges recalculates once.
    if (this.pendingBytes === 0) this.context.application.suspendApiCalculationUntilNextSync();
    this.pendingBytes += bytes;
    if (onSent) this.afterSync.push(onSent);
  }

  async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    await this.context.sync();
    this.pendingBytes = 0;
    const callbacks = this.afterSync;
    this.afterSync = [];
    callbacks.forEach((callback) => callback());
  }
}
