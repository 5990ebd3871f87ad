/** A named dataset size (issue 7). Activities and partners are spread over the networks evenly. */
export type Scale = {
  name: string;
  networks: number;
  synergies: number;
  partners: number;
  activities: number;
  /** Used only to check that SQL statements per request do not depend on the data size. */
  companionOnly?: boolean;
};

export const scales = {
  /** Half of `small`: the second size the quick run compares statement counts with. */
  tiny: { name: 'tiny', networks: 1, synergies: 5, partners: 20, activities: 2_500, companionOnly: true },
  small: { name: 'small', networks: 1, synergies: 5, partners: 40, activities: 5_000 },
  medium: { name: 'medium', networks: 1, synergies: 25, partners: 1_000, activities: 200_000 },
  large: { name: 'large', networks: 3, synergies: 100, partners: 10_000, activities: 2_000_000 },
} as const satisfies Record<string, Scale>;

export type ScaleName = keyof typeof scales;
export const isScaleName = (name: string): name is ScaleName => Object.hasOwn(scales, name);
