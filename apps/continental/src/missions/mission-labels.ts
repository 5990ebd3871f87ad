import { capacityThemes, facilitatorKinds, facilitatorOrigins, missionFormats } from '@synergia/domain/rules';

// The capacity-building vocabularies as the domain lists them, and where their labels are.

export const MISSION_FORMATS = missionFormats;
export const CAPACITY_THEMES = capacityThemes;
export const FACILITATOR_KINDS = facilitatorKinds;
export const FACILITATOR_ORIGINS = facilitatorOrigins;

type EnumName = 'MissionFormat' | 'CapacityTheme' | 'FacilitatorKind' | 'FacilitatorOrigin' | 'FollowUpStatus' | 'ReviewStatus' | 'CapacityDomain';

/** The message key of a capacity-building enum value, e.g. continental.missions.enums.MissionFormat.WORKSHOP. */
export const missionEnumKey = (name: EnumName, value: string): string => `continental.missions.enums.${name}.${value}`;
