import { Badge } from '@/components/ui/Badge';
import { ROLE_LABEL, type Role, type Side } from '@/lib/shared/roles';

export function SideBadge({ side }: { side: Side }) {
  return <Badge tone={side === 'firm' ? 'firm' : 'customer'}>{side === 'firm' ? 'Firm' : 'Customer'}</Badge>;
}

export function RoleBadge({ role }: { role: Role }) {
  return <Badge tone={role === 'owner' || role === 'moderator' ? 'brand' : 'neutral'}>{ROLE_LABEL[role]}</Badge>;
}
