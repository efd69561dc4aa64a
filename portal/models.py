"""The shared app's one table: the counters of the rate limits (portal/ratelimit.py)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.privacy import Personal


class RateCounter(models.Model):
    """Attempts made within one window for one limit and one address (or one hashed e-mail address).

    A table of its own, not the cache: page traffic can never evict a counter, and one upsert counts exactly
    however many requests arrive at once. Written only by ratelimit.py, in SQL; read by nobody else.
    """

    privacy = Personal(
        fields={"key": _("uw IP-adres, of een code die wij maken van uw e-mailadres")},
        purpose=_(
            "Tellen hoe vaak vanaf één adres een formulier wordt verstuurd of een stemcode wordt geprobeerd. "
            "Zo kan niemand de website of iemands mailbox overspoelen."
        ),
        seen_by=_("Niemand. Alleen de website zelf telt ermee."),
        retention="rate_counter",
    )

    # Which limit and for whom: "ratelimit:<scope>:<address or hash>".
    key = models.TextField(_("sleutel"), primary_key=True)
    count = models.PositiveIntegerField(_("aantal pogingen"))
    # No index: the table holds one row per address active in the last hour, and an index on a column that
    # changes at every new window would make each such upsert write the index too.
    window_ends_at = models.DateTimeField(_("telt tot"))

    class Meta:
        verbose_name = _("telling tegen misbruik")
        verbose_name_plural = _("tellingen tegen misbruik")

    def __str__(self):
        return self.key
