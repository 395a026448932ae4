/**
 * A cancellable job as the run and review steps drive it: started on every attempt above 0, its progress
 * and outcome as state, «Hủy» through its signal. A job left behind (a new attempt, the step closed) is
 * aborted and its late reports ignored.
 */
import { useEffect, useRef, useState } from 'react';
import { isAbort } from './errors';

export type JobStatus = 'idle' | 'running' | 'cancelling' | 'cancelled' | 'failed';

type Job<R, P> = (signal: AbortSignal, onProgress: (p: P) => void) => Promise<R>;

export function useJob<R, P>(job: Job<R, P>, onDone: (result: R) => void, attempt: number) {
  const [status, setStatus] = useState<JobStatus>(attempt > 0 ? 'running' : 'idle');
  const [progress, setProgress] = useState<P | null>(null);
  const [error, setError] = useState<unknown>(null);
  const controller = useRef<AbortController | null>(null);
  // The latest props, read when the attempt starts or ends: a new callback is no new attempt.
  const callbacks = useRef({ job, onDone });
  callbacks.current = { job, onDone };

  useEffect(() => {
    if (attempt === 0) return;
    const ctl = new AbortController();
    controller.current = ctl;
    let live = true;
    setStatus('running');
    setProgress(null);
    setError(null);
    callbacks.current.job(ctl.signal, (p) => live && setProgress(p)).then(
      (result) => {
        if (!live) return;
        setStatus('idle');
        callbacks.current.onDone(result);
      },
      (e) => {
        if (!live) return;
        setStatus(isAbort(e) ? 'cancelled' : 'failed');
        setError(e);
      },
    );
    return () => {
      live = false;
      ctl.abort();
    };
  }, [attempt]);

  const cancel = () => {
    setStatus('cancelling');
    controller.current?.abort();
  };
  return { status, setStatus, progress, error, cancel };
}
