'use client';
import { forwardRef, useId, useRef, type HTMLAttributes, type RefObject } from 'react';
import { Icon } from '../Icon/Icon.js';
import { useMessages } from '../intl/messages.js';
import { useModal } from '../utils/modal.js';
import { searchDialogMessages, type SearchDialogMessages } from './SearchDialog.intl.js';

export interface SearchDialogProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Whether the dialog is shown. Closed, it renders nothing. */
  open: boolean;
  /** Called when the dialog asks to close (close button, Escape). */
  onClose: () => void;
  /** URL the search form submits to (GET). @default '/ricerca/' */
  action?: string;
  /** Name of the query parameter. @default 'q' */
  name?: string;
  /** Initial text of the field. */
  defaultValue?: string;
  /** Receives focus when the dialog closes (usually the button that opened it). */
  returnFocusRef?: RefObject<HTMLElement | null>;
  /** Overrides of the default texts. */
  messages?: Partial<SearchDialogMessages>;
}

/**
 * The site search in a modal dialog (APG dialog pattern): a labelled search field that submits
 * to `action`. Focus moves to the field, Tab stays inside, Escape and the close button close it,
 * focus returns to `returnFocusRef`, the rest of the page is inert.
 *
 * State: rendered only while `open` (`data-open="true"`).
 */
export const SearchDialog = forwardRef<HTMLDivElement, SearchDialogProps>(function SearchDialog(
  {
    open,
    onClose,
    action = '/ricerca/',
    name = 'q',
    defaultValue,
    returnFocusRef,
    messages,
    className,
    ...rest
  },
  ref,
) {
  const t = useMessages(searchDialogMessages, messages);
  const id = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const modal = useModal(open, {
    dialogRef,
    onClose,
    initialFocusRef: fieldRef,
    returnFocusRef,
  });
  if (!open) return null;

  return (
    <div ref={ref} className={className} data-open="true" {...rest}>
      {/* The dialog's keyboard handler (Tab trap, Escape) is delegated from its controls. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        ref={dialogRef}
        className="modal fade show d-block"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        onKeyDown={modal.onKeyDown}
      >
        <div className="modal-dialog modal-lg" role="document">
          <div className="modal-content">
            <div className="modal-header">
              <h2 className="modal-title h5" id={`${id}-title`}>
                {t.title}
              </h2>
              <button type="button" className="btn-close" aria-label={t.close} onClick={onClose}>
                <Icon name="close" />
              </button>
            </div>
            <div className="modal-body">
              <form role="search" action={action} method="get" className="pt-3 pb-3">
                <div className="form-group">
                  <label htmlFor={`${id}-field`} className="active">
                    {t.field}
                  </label>
                  <input
                    ref={fieldRef}
                    id={`${id}-field`}
                    type="search"
                    name={name}
                    className="form-control"
                    defaultValue={defaultValue}
                    autoComplete="off"
                  />
                </div>
                <button type="submit" className="btn btn-primary">
                  <Icon name="search" color="white" className="me-2" />
                  {t.submit}
                </button>
              </form>
            </div>
          </div>
        </div>
      </div>
      <div className="modal-backdrop fade show" />
    </div>
  );
});
