export { SearchDialog, type SearchDialogProps } from './SearchDialog.js';
export { searchDialogMessages, type SearchDialogMessages } from './SearchDialog.intl.js';
