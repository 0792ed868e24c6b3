"""The command line's one English line for a desk action's structured result
(windows compose theirs, translated, in qt/wording.py)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from meetingdesk.domain.values import Action, ActionResult, CodeProblem, Outcome, Refusal

_PROBLEM = {
    CodeProblem.OTHER_EVENT: "a badge of another event",
    CodeProblem.BAD_SIGNATURE: "the signature does not match",
    CodeProblem.RETIRED_KEY: "signed with a retired key; reprint the badge",
    CodeProblem.MALFORMED: "not a meetingdesk badge code",
    CodeProblem.NEVER_ISSUED: "this badge was never issued",
}


def when(at: dt.datetime, now: dt.datetime | None, zone: str) -> str:
    """ "09:14" on the day of ``now``, "27 Nov 09:14" on another, in the event's zone."""
    local = at.astimezone(ZoneInfo(zone))
    if now is not None and local.date() == now.astimezone(ZoneInfo(zone)).date():
        return local.strftime("%H:%M")
    return f"{local.day} {local.strftime('%b %H:%M')}"


def describe(result: ActionResult, zone: str) -> str:
    person = result.delegate
    name = person.badge_name if person is not None else ""
    previous = result.previous
    earlier = (
        f"{when(previous.at, result.at, zone)} at {previous.desk}" if previous is not None else ""
    )
    if result.outcome is Outcome.NOT_FOUND:
        return f"not found: no delegate with code {result.typed!r}"
    if result.outcome is Outcome.REFUSED:
        return _refused(result, zone)
    done = result.outcome is Outcome.DONE
    if result.action is Action.ATTEND:
        if done:
            return f"admitted to {result.session}: {name}"
        return f"already recorded in {result.session} at {earlier}"
    if result.action is Action.LEAVE:
        return (
            f"attendance removed from {result.session}" if done else "not recorded in this session"
        )
    if result.action is Action.UNDO:
        return (
            f"check-in undone (was {earlier}): {name}"
            if done
            else "not checked in: nothing to undo"
        )
    if result.action in (Action.CANCEL, Action.RESTORE):
        state = "cancelled" if result.action is Action.CANCEL else "registered"
        return f"registration {state}" if done else f"registration already {state}"
    if done:
        suffix = " (offline: kept on this computer, sent when the server answers)"
        delegation = f", {person.delegation}" if person is not None else ""
        return f"checked in: {name}{delegation}" + (suffix if result.offline else "")
    return f"already checked in at {earlier}"


def _refused(result: ActionResult, zone: str) -> str:
    refusal = result.refusal
    if refusal is Refusal.CANCELLED:
        return "registration cancelled"
    if refusal is Refusal.NOT_CHECKED_IN:
        return "not checked in at the registration desk yet"
    if refusal is Refusal.ID_CHECK_NEEDED:
        category = result.delegate.category_label if result.delegate is not None else ""
        return f"identity document to be checked ({category})"
    if refusal is Refusal.REVOKED:
        revoked = result.revocation
        if revoked is None:
            return "badge revoked"
        return f"badge revoked: reprinted at {when(revoked.at, result.at, zone)}, {revoked.reason}"
    problem = _PROBLEM.get(result.problem) if result.problem is not None else None
    return f"code not valid: {problem}" if problem else "code not valid"
