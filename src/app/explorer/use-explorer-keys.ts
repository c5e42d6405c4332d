import { useEffect, useRef } from 'react';
import { isTypingTarget } from '../../lib/typing-target.ts';

export interface ExplorerKeyHandlers {
  undo: () => void;
  redo: () => void;
  expand: () => void;
  hide: () => void;
  pin: () => void;
  remove: () => void;
  fit: () => void;
  clearSelection: () => void;
}

/** Keys pressed inside a dialog belong to it (Escape closes it; letters must not edit the view behind). */
const inDialog = (target: EventTarget | null) =>
  target instanceof Element && target.closest('dialog') !== null;

/** Keyboard shortcuts of the explorer (not while typing in a field or working in a dialog). */
export function useExplorerKeys(handlers: ExplorerKeyHandlers): void {
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTypingTarget(event.target) || inDialog(event.target) || event.altKey) return;
      const h = current.current;
      const key = event.key.toLowerCase();
      const mod = event.ctrlKey || event.metaKey;
      if (mod && key === 'z') (event.shiftKey ? h.redo : h.undo)();
      else if (mod && key === 'y') h.redo();
      else if (mod) return;
      else if (key === 'e') h.expand();
      else if (key === 'h') h.hide();
      else if (key === 'p') h.pin();
      else if (key === 'delete' || key === 'backspace') h.remove();
      else if (key === 'f') h.fit();
      else if (key === 'escape') h.clearSelection();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
