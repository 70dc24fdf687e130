"""One short sentence per incident in the project's own words (never copied from the source)."""

from __future__ import annotations

_LABEL = {
    "drone_strike": "Drone strike",
    "air_strike": "Air strike",
    "missile_rocket_attack": "Rocket or missile attack",
    "shelling_artillery": "Shelling",
    "ied_remote_explosive": "Bombing",
    "suicide_bombing": "Suicide bombing",
    "grenade": "Grenade attack",
    "explosion_unknown_cause": "Explosion of unclear cause",
    "armed_assault": "Armed attack",
    "armed_clash": "Armed clash",
    "attack": "Attack",
    "abduction": "Abduction",
}
_WEAPON_LABEL = {
    "rocket": "Rocket attack",
    "missile": "Missile attack",
    "mortar": "Mortar attack",
    "vehicle_bomb": "Car bombing",
    "melee": "Knife or blade attack",
    "incendiary": "Arson attack",
}


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n != 1 else f"1 {noun.rstrip('s') if noun != 'injured' else noun}"


def summarise(m: dict) -> str:
    """E.g. "Drone strike on US forces at Ain al-Asad Air Base, Anbar, Iraq; no casualties
    reported." Built only from the extracted fields."""
    sub, weapon = m["sub_event_type"], m["weapon"]
    head = _LABEL.get(sub, "Attack")
    if sub in ("ied_remote_explosive", "missile_rocket_attack", "shelling_artillery", "attack"):
        head = _WEAPON_LABEL.get(weapon, head)
    if m.get("mention_type") == "background":
        head = f"Earlier {head[0].lower()}{head[1:]}"
    parts = [head]
    if m.get("perpetrator"):
        parts.append(f"by {m['perpetrator']}")
    if m.get("target"):
        parts.append(f"on {m['target']}")
    place = [p for p in (m.get("location"), m.get("admin1"), m.get("country")) if p]
    dedup: list[str] = []
    for p in place:
        if p not in dedup:
            dedup.append(p)
    if dedup:
        prep = "at" if m.get("geo_precision") == "site" else "in"
        parts.append(f"{prep} {', '.join(dedup)}")
    text = " ".join(parts)
    fat, inj = m.get("fatalities"), m.get("injured")
    if fat == 0 and inj in (0, None) and inj == 0:
        tail = "no casualties reported"
    elif fat is None and inj is None:
        tail = "casualties not reported"
    else:
        bits = []
        if fat is not None:
            bits.append("no deaths" if fat == 0 else f"{fat} killed")
        if inj is not None:
            bits.append("no injuries" if inj == 0 else f"{inj} injured")
        tail = ", ".join(bits)
    if m.get("certainty") == "disputed":
        tail += "; whether it was an attack is disputed"
    return f"{text}; {tail}."
