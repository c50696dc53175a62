/**
 * Roles. The public needs no account. `focal_point`: a member state's focal point, who files implementation
 * reports for their own country only; `secretariat`: SCO Secretariat staff who curate data and review reports;
 * `admin`: manages accounts (and can do what the Secretariat does); `business`: a company or investor that lists
 * its own investment projects and profiles and answers interest in them.
 */
export const roles = ['focal_point', 'secretariat', 'admin', 'business'] as const;
export type Role = (typeof roles)[number];

export const isRole = (value: string): value is Role => (roles as readonly string[]).includes(value);
