import { useState } from 'react';
import { EmbedDialog, type EmbedDialogProps } from './EmbedDialog.tsx';
import { DIALOG_STRINGS } from './strings.ts';

/** The toolbar button that opens the embed dialog; takes the dialog's props except open/onClose. */
export function EmbedButton(props: Omit<EmbedDialogProps, 'open' | 'onClose'>) {
  const [open, setOpen] = useState(false);
  const s = DIALOG_STRINGS[props.lang];
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        title={s.openLabel}
        data-testid="embed-button"
        onClick={() => setOpen(true)}
      >
        {s.open}
      </button>
      {/* Mounted only while open: no fetching or state for a dialog nobody opened. */}
      {open && <EmbedDialog {...props} open onClose={() => setOpen(false)} />}
    </>
  );
}
