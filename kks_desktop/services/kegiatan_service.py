"""Session use cases: start, check, save, remove and put back sessions; people seen before; late RTL."""

from __future__ import annotations

import datetime as dt

from kks_desktop.domain.errors import (
    KegiatanAmbiguous,
    KegiatanNotFound,
    ValidationFailed,
)
from kks_desktop.domain.kegiatan import Kegiatan, KegiatanRingkas, Peserta, RtlTerlambat
from kks_desktop.domain.kegiatan_rules import validate_kegiatan
from kks_desktop.domain.kode_wilayah import KodeWilayah, Level
from kks_desktop.domain.peserta import kunci_instansi, kunci_nama
from kks_desktop.domain.problems import Problem, errors_in
from kks_desktop.services.identitas import identitas, nama_desa
from kks_desktop.services.reference import acuan_kegiatan
from kks_desktop.services.workspace import Workspace


def baru(ws: Workspace, today: dt.date | None = None) -> Kegiatan:
    """An empty session for today, belonging to the workspace's home region."""
    day = today or dt.date.today()
    scope = ws.scope()
    home = scope.kode if scope else _first_desa(ws)
    acuan = acuan_kegiatan()
    return Kegiatan(jenis=acuan.jenis[0].id, judul="", mulai=day, selesai=day,
                    wilayah=home or KodeWilayah.parse("33"), batas_lulus=acuan.batas_lulus)


def _first_desa(ws: Workspace) -> KodeWilayah | None:
    registered = ws.desa.desa_list()
    return registered[0].kode if registered else None


def daftar(ws: Workspace, within: KodeWilayah | None = None) -> list[KegiatanRingkas]:
    """Every session (inside `within` if given), newest first."""
    return ws.kegiatan.ringkasan(within)


def ambil(ws: Workspace, uuid: str) -> Kegiatan:
    """The whole session.

    Raises KegiatanNotFound.
    """
    return ws.kegiatan.get(uuid)


def cari_uuid(ws: Workspace, text: str) -> str:
    """The session a uuid (or its first characters, at least 4) names.

    Raises KegiatanNotFound, or KegiatanAmbiguous listing the sessions that fit.
    """
    wanted = text.strip().lower()
    if len(wanted) < 4:
        raise KegiatanNotFound(text)
    matches = ws.kegiatan.uuids_starting(wanted)
    exact = [m for m in matches if m[0] == wanted]
    if exact or len(matches) == 1:
        return (exact or matches)[0][0]
    if not matches:
        raise KegiatanNotFound(text)
    raise KegiatanAmbiguous(text, matches)


def periksa(kegiatan: Kegiatan) -> list[Problem]:
    """Every finding about a session as it would be saved."""
    acuan = acuan_kegiatan()
    return validate_kegiatan(kegiatan, acuan.jenis_ids, acuan.kategori_ids)


def simpan(ws: Workspace, kegiatan: Kegiatan) -> tuple[Kegiatan, list[Problem]]:
    """Check and store a session whole, in one transaction; participants' desa are linked to
    the register where the name fits exactly one registered desa.

    Returns the stored session and the warnings. Raises ValidationFailed (nothing written).
    """
    with ws.atomic():
        linked = kegiatan.with_changes(peserta=tuple(hubungkan_desa(ws, kegiatan.peserta)))
        problems = periksa(linked)
        if errors_in(problems):
            raise ValidationFailed(problems)
        return ws.kegiatan.put(linked), problems


def hapus(ws: Workspace, uuid: str) -> Kegiatan:
    """Remove a session with its participants and RTL; returns it whole, to put back on undo.

    Raises KegiatanNotFound.
    """
    with ws.atomic():
        removed = ws.kegiatan.get(uuid)
        ws.kegiatan.delete(uuid)
    return removed


def pasang(ws: Workspace, kegiatan: Kegiatan) -> Kegiatan:
    """Put back an earlier state of a session exactly (undo/redo), without checks."""
    return ws.kegiatan.put(kegiatan)


def hubungkan_desa(ws: Workspace, peserta: tuple[Peserta, ...] | list[Peserta]) -> list[Peserta]:
    """Participants with `desa_kode` set where the typed desa names one registered desa, and
    cleared where the typed name no longer fits the code."""
    by_name: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for desa in ws.desa.desa_list():
        by_name.setdefault(_kunci_desa(desa.nama), []).append(str(desa.kode))
        names[str(desa.kode)] = desa.nama
    result = []
    for person in peserta:
        typed = _kunci_desa(person.desa_nama)
        if person.desa_kode and typed == _kunci_desa(names.get(person.desa_kode, "")):
            result.append(person)
            continue
        found = by_name.get(typed, []) if typed else []
        result.append(person.with_changes(desa_kode=found[0] if len(found) == 1 else ""))
    return result


def _kunci_desa(nama: str) -> str:
    """"Desa Silurah", "Ds. Silurah" and "silurah" alike."""
    words = kunci_instansi(nama).split()
    if len(words) > 1 and words[0] in _DESA_WORDS:
        words.pop(0)
    return " ".join(words)


_DESA_WORDS = frozenset(("desa", "ds", "kelurahan", "kel", "kel.", "dsa"))


def orang_dikenal(ws: Workspace, kecuali: str = "") -> list[Peserta]:
    """People from earlier sessions, once each (the latest entry), ready to add to a session:
    no uuid, attendance or scores. `kecuali` leaves out one session (the one being edited)."""
    people: dict[tuple[str, str], Peserta] = {}
    for person in ws.kegiatan.orang_terakhir(kecuali):  # the latest first
        people.setdefault((kunci_nama(person.nama), kunci_instansi(person.instansi)), person)
    # By name; people of the same name stay latest first.
    return [person for _, person in sorted(people.items(), key=lambda item: item[0][0])]


def rtl_lewat_waktu(ws: Workspace, today: dt.date | None = None,
                    within: KodeWilayah | None = None) -> list[RtlTerlambat]:
    """Open RTL rows past their target date, the oldest first."""
    return ws.kegiatan.rtl_lewat_waktu((today or dt.date.today()).isoformat(), within)



def pilihan_wilayah(ws: Workspace, juga: KodeWilayah | None = None) -> list[tuple[KodeWilayah, str]]:
    """(kode, name) of the regions a session may belong to, in kode order: the kabupaten and
    kecamatan above the workspace (or its registered desa), the scope region, every registered
    desa, and `juga` (a session's own region) wherever it lies."""
    scope = ws.scope()
    registered = ws.desa.desa_list()
    codes: set[KodeWilayah] = {juga} if juga is not None else set()
    for kode in ([scope.kode] if scope else []) + [d.kode for d in registered]:
        codes.update(kode.at(level) for level in (Level.KABKOTA, Level.KECAMATAN, Level.DESA)
                     if level <= kode.level)
    names = {d.kode: nama_desa(d) for d in registered}
    return [(kode, names.get(kode) or identitas(ws, kode).nama) for kode in sorted(codes)]
