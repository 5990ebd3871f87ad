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
export {
  ChoiceSelect,
  DateRangeFields,
  FilterBar,
  OrderSelect,
  VocabularySelect,
  filterBarFields,
  type ChoiceSelectProps,
  type DateRangeFieldsProps,
  type FilterBarProps,
  type OrderSelectProps,
  type VocabularySelectProps,
} from './forms/FilterBar.tsx';
export { NumberField, type NumberFieldProps } from './forms/NumberField.tsx';
export { DateField, type DateFieldProps } from './forms/DateField.tsx';
export { TextAreaField, type TextAreaFieldProps } from './forms/TextAreaField.tsx';
export { CheckboxGroup, type CheckboxGroupProps, type CheckboxOption } from './forms/CheckboxGroup.tsx';
export { FormAlert, type FormAlertProps } from './forms/FormAlert.tsx';
export { SubmitButton, type SubmitButtonProps } from './forms/SubmitButton.tsx';
export { fieldErrors, hasErrorOfType, type FieldErrors } from './forms/fieldErrors.ts';
export { useFocusFirstInvalid } from './forms/useFocusFirstInvalid.ts';

// Personal API tokens (the same page in both apps)
export { ApiTokensPage, type ApiTokensPageProps } from './api-tokens/ApiTokensPage.tsx';
export {
  ApiTokensQuery,
  CreateApiTokenMutation,
  RevokeApiTokenMutation,
  type ApiTokenAccess,
  type ApiTokenRow,
  type ApiTokenScope,
} from './api-tokens/api-tokens.documents.ts';
export { apiTokenStatus, scopeSelection, API_TOKEN_EXPIRY_CHOICES, type ApiTokenStatus } from './api-tokens/api-token-form.ts';

// Data display
export { Pagination, type PaginationProps } from './data/Pagination.tsx';
export { usePagination, type PaginationControls } from './data/usePagination.ts';
export { PagedList, type ConnectionLike, type ListComponentProps, type ListResultProps, type PagedListProps } from './data/PagedList.tsx';
export { listQueryProps } from './data/list-query.ts';
export { urlListSpec, useOrderedUrlList, useUrlList, type OrderedUrlListControls, type UrlListControls, type UrlListSpec } from './data/useUrlList.ts';
export { countryParam, dayParam, fixedListKeys, oneOfParam, orderParamValues, readOrderParams, scopeFilter, textParam, withParams, type OrderParams } from './data/list-params.ts';
export { FIRST_PAGE, nextPage, previousPage, pageRange, type PaginationState } from './data/pagination.ts';
export { DataTable, type DataTableColumn, type DataTableProps } from './data/DataTable.tsx';
export { EmptyState, type EmptyStateProps } from './data/EmptyState.tsx';
export { DetailItem, type DetailItemProps } from './data/DetailItem.tsx';
export { Spinner, Loading } from './data/Loading.tsx';
export { ErrorMessage, isBadUserInput, type ErrorMessageProps } from './data/ErrorMessage.tsx';

// Export of filtered lists (CSV, XLSX)
export { ExportButtons, type ExportButtonsProps } from './export/ExportButtons.tsx';
export { exportUrl, type ExportFormat, type ExportOrder, type ExportResource } from './export/export-download.ts';

// i18n and formatting
export {
  initI18n,
  changeLanguage,
  applyUserLocale,
  mergeMessages,
  loadMessages,
  isLanguage,
  SUPPORTED_LANGUAGES,
  LANGUAGE_STORAGE_KEY,
  type Language,
  type AppMessageLoaders,
  type MessageModule,
} from './i18n/initI18n.ts';
export { messageKeys, missingMessageKeys, type MessageTree } from './i18n/message-keys.ts';
export { countryName, countryOptions, COUNTRY_CODES } from './format/country.ts';
export { formatDate, formatDateTime, formatMonth, formatNumber, formatPercent, nameWithAcronym, regionalLocale, todayIso } from './format/format.ts';

// Charts: the participation dashboards (recharts; load the screens that use them lazily)
export { ParticipationDashboard, type ParticipationDashboardProps } from './charts/ParticipationDashboard.tsx';
export { HeadlineFigureList, HeadlineFigures, type HeadlineFigureListProps, type HeadlineFiguresProps } from './charts/HeadlineFigures.tsx';
export { ChartFigure, type ChartFigureProps } from './charts/ChartFigure.tsx';
export { ChartTable, type ChartTableProps } from './charts/ChartTable.tsx';
export {
  GroupBarChart,
  MonthlyParticipantsChart,
  MonthlySharesChart,
  SexAgeChart,
  CHART_COLORS,
} from './charts/ParticipationCharts.tsx';
export {
  CapacityHistoryChart,
  CategoryBarChart,
  MonthlyMissionsChart,
  type BarSeries,
  type CapacityHistoryRow,
  type MonthlyMissionsRow,
} from './charts/CapacityCharts.tsx';
export { PeriodPicker, describeRange, type PeriodPickerProps } from './charts/PeriodPicker.tsx';
export { usePeriodParam, type PeriodParam } from './charts/usePeriodParam.ts';
export {
  DEFAULT_PERIOD,
  PERIOD_KINDS,
  parsePeriod,
  periodRange,
  withPeriod,
  type DashboardPeriod,
  type PeriodKind,
  type PeriodRange,
} from './charts/period.ts';
export {
  genderMarkerRows,
  groupRows,
  monthlySeries,
  sexAgeRows,
  type ParticipationSummaryLike,
  type ParticipationGroupLike,
  type AgeBandLike,
} from './charts/participation.ts';
export { groupTable, monthTable, monthSharesTable, sexAgeTable, type ChartTableModel } from './charts/chart-tables.ts';

// Activities (shared by the national and continental apps)
export * from './activities/activity-vocabulary.ts';
export * from './activities/activity-list-params.ts';
export {
  MAX_CELL_COUNT,
  UNKNOWN_AGE,
  ageBandIdsFor,
  cellKey,
  cellKeyForErrorPath,
  gridCells,
  gridFromCells,
  gridProblems,
  gridToCellInputs,
  gridTotals,
  isValidCount,
  type CellProblem,
  type GridCellKey,
  type GridTotals,
  type ParticipantCellLike,
  type ParticipantCellValue,
  type ParticipantGrid,
} from './activities/participant-grid.ts';
export { splitCellErrors } from './activities/cell-errors.ts';
export * from './activities/gender-marker.ts';
export { activityEnumKey, activityTypeLabel, type ActivityEnumName } from './activities/labels.ts';
export { ActivityFilterBar, type ActivityFilterBarProps } from './activities/ActivityFilterBar.tsx';
export { ActivityTable, type ActivityRow, type ActivityTableProps } from './activities/ActivityTable.tsx';
export { ActivityList, type ActivityConnectionLike, type ActivityListProps } from './activities/ActivityList.tsx';
export { ACTIVITY_PAGE_SIZE, useActivityList, type ActivityListControls } from './activities/useActivityList.ts';
export { formatDateRange } from './activities/date-range.ts';
export { ActivityStatusBadge } from './activities/ActivityStatusBadge.tsx';
export { GenderMarkerScoreBadge } from './activities/GenderMarkerScoreBadge.tsx';
export {
  ParticipantsTable,
  ParticipantsGridTable,
  ParticipantShares,
  type GridCellSlot,
  type ParticipantsGridTableProps,
  type ParticipantsTableProps,
} from './activities/ParticipantsTable.tsx';
export { ActivityDetails, type ActivityDetailsActivity, type ActivityDetailsProps } from './activities/ActivityDetails.tsx';
export { GenderMarkerDetails, type GenderMarkerDetailsProps } from './activities/GenderMarkerDetails.tsx';
export { GenderMarkerExplanationText } from './activities/GenderMarkerExplanationText.tsx';
// The participants grid and gender marker inputs every record form shows (activities, joint actions, missions).
export { ParticipantsGridInput, cellInputId, type ParticipantsGridInputProps } from './activities/ParticipantsGridInput.tsx';
export { GenderMarkerPanel, type GenderMarkerErrors, type GenderMarkerPanelProps } from './activities/GenderMarkerPanel.tsx';

// Joint actions (shared by the national and continental apps)
export * from './joint-actions/joint-action-vocabulary.ts';
export * from './joint-actions/joint-action-list-params.ts';
export { JOINT_ACTION_PAGE_SIZE, useJointActionList, type JointActionListControls } from './joint-actions/useJointActionList.ts';
export { JointActionKindBadge, JointActionRoleBadge, MilestoneStateBadge, PolicyStageBadge } from './joint-actions/JointActionBadges.tsx';
export { JointActionFilterBar, JointActionVocabularySelect, type JointActionFilterBarProps, type JointActionVocabularySelectProps } from './joint-actions/JointActionFilterBar.tsx';
export { JointActionTable, type JointActionRow, type JointActionTableProps } from './joint-actions/JointActionTable.tsx';
export { JointActionList, type JointActionConnectionLike, type JointActionListProps } from './joint-actions/JointActionList.tsx';
export {
  JointActionDetails,
  contributionText,
  type JointActionDetailsAction,
  type JointActionDetailsProps,
  type JointActionDetailsSlots,
  type JointActionMilestoneLike,
  type JointActionPartnerLike,
  type PolicyOutcomeLike,
  type PolicyTargetLike,
} from './joint-actions/JointActionDetails.tsx';
export { MilestoneTimeline, type MilestoneTimelineProps } from './joint-actions/MilestoneTimeline.tsx';
export { groupMilestonesByMonth, type TimelineMilestone } from './joint-actions/milestone-timeline.ts';

// The policy outcome log (the network's political results; usable for one synergy too)
export * from './policy-outcomes/policy-outcome-params.ts';
export { POLICY_OUTCOME_PAGE_SIZE, usePolicyOutcomeList, type PolicyOutcomeListControls } from './policy-outcomes/usePolicyOutcomeList.ts';
export { PolicyOutcomeFilterBar, type PolicyOutcomeFilterBarProps } from './policy-outcomes/PolicyOutcomeFilterBar.tsx';
export { PolicyOutcomeTable, type PolicyOutcomeRow, type PolicyOutcomeTableProps } from './policy-outcomes/PolicyOutcomeTable.tsx';
export { PolicyOutcomeLog, type PolicyOutcomeConnectionLike, type PolicyOutcomeLogProps } from './policy-outcomes/PolicyOutcomeLog.tsx';

// Capacity building (shared by the national and continental apps)
export * from './missions/capacity-building-vocabulary.ts';
export { FollowUpStatusBadge, MissionReviewStatusBadge } from './missions/MissionBadges.tsx';
