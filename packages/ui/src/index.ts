// @synergia/ui: shared React layout, forms, data display, auth client and i18n
// for the Synergia web apps. Import styles separately: `@synergia/ui/styles.css`.

// Client and session
export { createSynergiaClient, isUnauthenticated, type SynergiaClientOptions } from './client/createSynergiaClient.ts';
export { TOKEN_STORAGE_KEY, getToken, setToken, onUnauthenticated } from './client/token-store.ts';
export { AuthProvider, useAuth, type AuthState, type AuthProviderProps } from './auth/AuthProvider.tsx';
export { RequireAuth, type RequireAuthProps, type ReturnToState } from './auth/RequireAuth.tsx';
export { SignInPage, type SignInPageProps } from './auth/SignInPage.tsx';
export {
  ViewerQuery,
  SignInMutation,
  SignOutMutation,
  type Viewer,
  type ViewerRole,
  type ViewerRoleScope,
  type ViewerScopeType,
  type ViewerNetworkPermissions,
  type UserErrorLike,
} from './auth/auth.documents.ts';

// Layout
export { AppShell, type AppShellProps, type NavItem } from './layout/AppShell.tsx';
export { LanguageSwitcher } from './layout/LanguageSwitcher.tsx';
export { useDocumentTitle } from './layout/useDocumentTitle.ts';

// Forms
export { TextField, type TextFieldProps } from './forms/TextField.tsx';
export { SelectField, type SelectFieldProps, type SelectOption, type SelectOptionGroup } from './forms/SelectField.tsx';
export { NumberField, type NumberFieldProps } from './forms/NumberField.tsx';
export { DateField, type DateFieldProps } from './forms/DateField.tsx';
export { FormAlert, type FormAlertProps } from './forms/FormAlert.tsx';
export { SubmitButton, type SubmitButtonProps } from './forms/SubmitButton.tsx';
export { fieldErrors, hasErrorOfType, type FieldErrors } from './forms/fieldErrors.ts';
export { useFocusFirstInvalid } from './forms/useFocusFirstInvalid.ts';

// Data display
export { Pagination, type PaginationProps } from './data/Pagination.tsx';
export { usePagination, type PaginationControls } from './data/usePagination.ts';
export { FIRST_PAGE, nextPage, previousPage, pageRange, type PaginationState } from './data/pagination.ts';
export { DataTable, type DataTableColumn, type DataTableProps } from './data/DataTable.tsx';
export { EmptyState, type EmptyStateProps } from './data/EmptyState.tsx';
export { Spinner, Loading } from './data/Loading.tsx';
export { ErrorMessage, type ErrorMessageProps } from './data/ErrorMessage.tsx';

// i18n and formatting
export {
  initI18n,
  changeLanguage,
  applyUserLocale,
  mergeMessages,
  isLanguage,
  SUPPORTED_LANGUAGES,
  LANGUAGE_STORAGE_KEY,
  type Language,
  type AppResources,
} from './i18n/initI18n.ts';
export { countryName, countryOptions, COUNTRY_CODES } from './format/country.ts';
export { formatDate, formatDateTime, formatNumber, formatPercent, regionalLocale, todayIso } from './format/format.ts';
