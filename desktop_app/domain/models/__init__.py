"""SQLModel table classes: the stored shape of the register (validation lives in schemas).

Importing this package registers every table on SQLModel.metadata (migrations, checks and the
sealed states read it); the classes live in one module per area and are all named here.
"""

from __future__ import annotations

from desktop_app.domain.models.groups import (
    JurisdictionGroup as JurisdictionGroup,
)
from desktop_app.domain.models.groups import (
    JurisdictionGroupMember as JurisdictionGroupMember,
)
from desktop_app.domain.models.ownership import (
    ContentShare as ContentShare,
)
from desktop_app.domain.models.ownership import (
    DeMinimisRule as DeMinimisRule,
)
from desktop_app.domain.models.ownership import (
    ListedParty as ListedParty,
)
from desktop_app.domain.models.ownership import (
    OwnershipRule as OwnershipRule,
)
from desktop_app.domain.models.ownership import (
    Party as Party,
)
from desktop_app.domain.models.ownership import (
    PartyMatch as PartyMatch,
)
from desktop_app.domain.models.ownership import (
    PartyOwner as PartyOwner,
)
from desktop_app.domain.models.records import (
    Assessment as Assessment,
)
from desktop_app.domain.models.records import (
    JointVenture as JointVenture,
)
from desktop_app.domain.models.records import (
    Measure as Measure,
)
from desktop_app.domain.models.records import (
    MeasureItem as MeasureItem,
)
from desktop_app.domain.models.records import (
    MeasureJurisdiction as MeasureJurisdiction,
)
from desktop_app.domain.models.records import (
    MeasureStatusChange as MeasureStatusChange,
)
from desktop_app.domain.models.records import (
    MitigationAction as MitigationAction,
)
from desktop_app.domain.models.records import (
    Partner as Partner,
)
from desktop_app.domain.models.records import (
    VentureItem as VentureItem,
)
from desktop_app.domain.models.register import (
    AuditEntry as AuditEntry,
)
from desktop_app.domain.models.register import (
    AuditHead as AuditHead,
)
from desktop_app.domain.models.register import (
    RecordSeal as RecordSeal,
)
from desktop_app.domain.models.register import (
    RegisterMarker as RegisterMarker,
)
from desktop_app.domain.models.register import (
    RiskCell as RiskCell,
)
from desktop_app.domain.models.register import (
    RiskLevel as RiskLevel,
)
from desktop_app.domain.models.register import (
    Setting as Setting,
)
from desktop_app.domain.models.screening import (
    CrosswalkRow as CrosswalkRow,
)
from desktop_app.domain.models.screening import (
    ExposureDismissal as ExposureDismissal,
)
from desktop_app.domain.models.screening import (
    FlowDecision as FlowDecision,
)
from desktop_app.domain.models.screening import (
    MeasureLink as MeasureLink,
)
from desktop_app.domain.models.screening import (
    Synonym as Synonym,
)
from desktop_app.domain.models.screening import (
    TaxonomyRelation as TaxonomyRelation,
)
from desktop_app.domain.models.screening import (
    TaxonomyTerm as TaxonomyTerm,
)
from desktop_app.domain.models.timeline import (
    ClauseItem as ClauseItem,
)
from desktop_app.domain.models.timeline import (
    EventConfirmation as EventConfirmation,
)
from desktop_app.domain.models.timeline import (
    MeasureClause as MeasureClause,
)
from desktop_app.domain.models.timeline import (
    SuspensionWindow as SuspensionWindow,
)
from desktop_app.domain.models.timeline import (
    WindowChange as WindowChange,
)
