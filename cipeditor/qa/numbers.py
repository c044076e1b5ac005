"""Numbers checks: quantities, dates and ordinals that differ between the two sides.

The three checks share one comparison per segment (:func:`quantity_match.compare`
is cached), each reporting its own family so that a reviewer can accept or
filter dates apart from amounts.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from cipeditor.i18n import _
from cipeditor.qa.issue import Category, Issue, Severity
from cipeditor.qa.quantity_match import Mismatch, compare
from cipeditor.qa.registry import CheckContext, Segment, segment_check
from cipeditor.text.quantity import Quantity, QuantityKind


@segment_check("numbers-mismatch", Category.NUMBERS)
def numbers_mismatch(ctx: CheckContext, seg: Segment) -> Iterator[Issue]:
    """A number, percentage, time or phone number differs between the two sides."""
    yield from _issues(ctx, seg, "numbers", "numbers-mismatch")


@segment_check("date-mismatch", Category.NUMBERS)
def date_mismatch(ctx: CheckContext, seg: Segment) -> Iterator[Issue]:
    """A date differs between the two sides."""
    yield from _issues(ctx, seg, "date", "date-mismatch")


@segment_check("ordinal-mismatch", Category.NUMBERS)
def ordinal_mismatch(ctx: CheckContext, seg: Segment) -> Iterator[Issue]:
    """An ordinal (第四次, "fourth") differs between the two sides."""
    yield from _issues(ctx, seg, "ordinal", "ordinal-mismatch")


@segment_check("unit-mismatch", Category.NUMBERS)
def unit_mismatch(ctx: CheckContext, seg: Segment) -> Iterator[Issue]:
    """The same number with different units (美元 against "yuan", 公里 against "miles")."""
    yield from _issues(ctx, seg, "unit", "unit-mismatch")


def _issues(ctx: CheckContext, seg: Segment, family: str, check_id: str) -> Iterator[Issue]:
    if not seg.zh or not seg.en:
        return  # an empty side is the alignment checks' business
    target = "en" if ctx.article.meta.source_lang != "en" else "zh"
    reported = set()  # 1至4月 is two months in one span: one report
    for mismatch in compare(seg.zh, seg.en):
        if mismatch.family == family:
            if family == "unit":
                lang, quantity, message = _describe_unit(mismatch, seg, target)
            else:
                lang, quantity, message = _describe(mismatch, seg, target)
            if (lang, quantity.start, quantity.end) in reported:
                continue
            reported.add((lang, quantity.start, quantity.end))
            yield Issue(
                check_id,
                Category.NUMBERS,
                # A unit may be converted on purpose (亩 given in hectares): probably wrong.
                Severity.WARNING if family == "unit" else Severity.ERROR,
                seg.field,
                message,
                paragraph=seg.paragraph,
                lang=lang,
                start=quantity.start,
                end=quantity.end,
            )


def _describe(mismatch: Mismatch, seg: Segment, target: str) -> tuple[str, Quantity, str]:
    """Where to point and what to say: at the translation when both sides have a value."""
    zh, en = mismatch.zh, mismatch.en
    if zh is not None and en is not None:
        lang = target
        here, there = (en, zh) if lang == "en" else (zh, en)
        other_lang = "zh" if lang == "en" else "en"
        message = _("“{text}” does not match {other}").format(
            text=_text(seg, lang, here), other=_shown(seg, other_lang, there)
        )
        return lang, here, message
    if zh is not None:
        # L10N: {text} is a number or date of the Chinese text, e.g. 2019年10月30日
        message = _("“{text}” has no counterpart in the English")
        return "zh", zh, message.format(text=_text(seg, "zh", zh))
    assert en is not None
    # L10N: {text} is a number or date of the English text, e.g. 350 million
    message = _("“{text}” has no counterpart in the Chinese")
    return "en", en, message.format(text=_text(seg, "en", en))


def _describe_unit(mismatch: Mismatch, seg: Segment, target: str) -> tuple[str, Quantity, str]:
    here, there = (mismatch.en, mismatch.zh) if target == "en" else (mismatch.zh, mismatch.en)
    assert here is not None and there is not None
    other_lang = "zh" if target == "en" else "en"
    # L10N: units are codes such as USD, CNY, km, km2
    message = _("“{text}” is in {unit}, but {other} is in {other_unit}").format(
        text=_text(seg, target, here),
        unit=here.unit,
        other=_shown(seg, other_lang, there),
        other_unit=there.unit,
    )
    return target, here, message


def _text(seg: Segment, lang: str, quantity: Quantity) -> str:
    return seg.get(lang)[quantity.start : quantity.end]


def _shown(seg: Segment, lang: str, quantity: Quantity) -> str:
    """ "“3.5亿” (350,000,000)": the text, and its value when the text does not show it."""
    text = _text(seg, lang, quantity)
    if quantity.kind is QuantityKind.PHONE:
        return f"“{text}”"
    value = _value(quantity)
    plain = text.replace(",", "").replace(" ", "").removesuffix("年")  # 2015年 shows 2015
    if value.replace(",", "") == plain:
        return f"“{text}”"
    return f"“{text}” ({value})"


def _value(quantity: Quantity) -> str:
    value = quantity.value
    if quantity.kind is QuantityKind.DATE:
        return "-".join(f"{part:02d}" for part in value if part is not None)
    if quantity.kind is QuantityKind.TIME:
        return "{:d}:{:02d}".format(*value)
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            from cipeditor.formatting import format_count

            value = format_count(int(value), "en")
        else:
            value = str(value.normalize())
        return f"{value}%" if quantity.kind is QuantityKind.PERCENT else value
    return str(value)
