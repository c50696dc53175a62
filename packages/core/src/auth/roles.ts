/**
 * Roles. The public needs no account. `focal_point`: a member state's focal point, who files implementation
 * reports for their own country only; `secretariat`: SCO Secretariat staff who curate data and review reports;
 * `admin`: manages accounts (and can do what the Secretariat does); `business`: a company or investor that lists
 * its own investment projects and profiles and answers interest in them; `forwarder`: a freight forwarder who plans
 * and books shipments for shippers; `shipper`: a company that ships goods and follows its own shipments (and may book
 * them itself); `carrier`: a railway, road haulier or shipping line that carries legs, posts their events and keeps
 * the freight network's data current.
 */
export const roles = ['focal_point', 'secretariat', 'admin', 'business', 'forwarder', 'shipper', 'carrier'] as const;
export type Role = (typeof roles)[number];

export const isRole = (value: string): value is Role => (roles as readonly string[]).includes(value);
