"""Demo workspaces: every desa of a kabupaten or kecamatan with plausible, repeatable figures."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, replace

from kks_desktop.domain.desa import Desa
from kks_desktop.domain.errors import NotADesaCode
from kks_desktop.domain.kode_wilayah import JenisDesa, KodeWilayah, Level
from kks_desktop.domain.pokja import Anggota, Jabatan, Pokja
from kks_desktop.domain.scope import Scope, ScopeLevel
from kks_desktop.services import wilayah
from kks_desktop.services.demo_kegiatan import demo_kegiatan
from kks_desktop.services.demo_kesiapan import demo_jawaban
from kks_desktop.services.demo_names import nama_orang, tanpa_kembar
from kks_desktop.services.demo_rumah_tangga import tambah_demo_kk
from kks_desktop.services.demo_sanitasi import demo_history
from kks_desktop.services.kesiapan_service import muat_definisi
from kks_desktop.services.reference import tatanan_list
from kks_desktop.services.workspace import Workspace

SEED = 2025
_UNSUR = (
    "Pemerintah Desa", "BPD", "PKK", "Karang Taruna", "Tokoh Agama", "Tokoh Masyarakat",
    "Bidan Desa", "Kader Posyandu", "LPMD", "Linmas",
)
_POSTS = (Jabatan.KETUA, Jabatan.WAKIL_KETUA, Jabatan.SEKRETARIS, Jabatan.BENDAHARA)


@dataclass(frozen=True)
class DemoResult:
    scope: Scope
    added: int
    skipped: int
    rumah_tangga: int = 0  # demo households added (with `households`)


def build_demo(ws: Workspace, area: KodeWilayah, households: bool = False) -> DemoResult:
    """Add every desa/kelurahan of a kabupaten/kota or kecamatan with demo Pokja records (and,
    with `households`, a household register for each demo desa that has none: about 340,000 KK
    for Kabupaten Batang; services/demo_rumah_tangga.py).

    The figures come from a fixed seed per desa, so the same command gives the same data.
    Desa already registered are left as they are. Sets the workspace scope if none is set.
    Raises NotADesaCode for a desa-level code, UnknownWilayah for a code not in the list.
    """
    if area.level not in (Level.KABKOTA, Level.KECAMATAN):
        raise NotADesaCode(str(area))
    region = wilayah.region(area)
    level = ScopeLevel.KABUPATEN if area.level is Level.KABKOTA else ScopeLevel.KECAMATAN
    scope = ws.scope() or Scope(level, area, region.nama)
    registered = {str(d.kode) for d in ws.desa.desa_list(area)}
    todo = [r for r in wilayah.desa_within(area) if str(r.kode) not in registered]
    tatanan_ids = [t.id for t in tatanan_list().items]
    names = {t.id: t.nama for t in tatanan_list().items}
    with ws.atomic(f"Data contoh {region.nama}"):
        if ws.scope() is None:
            ws.set_scope(scope)
        added = []
        for entry in todo:
            rng = random.Random(f"{SEED}:{entry.kode}")
            desa = ws.desa.add_desa(_demo_desa(entry.kode, rng))
            pokja = ws.pokja.save_pokja(desa.kode, _demo_pokja(desa, rng, tatanan_ids), names)
            reports, events = demo_history(desa.jumlah_kk or 500, rng)
            ws.laporan.add_many(desa.kode, reports)
            for event in events:
                ws.odf.put_event(desa.kode, event)
            added.append((desa, pokja))
        if added:
            held = {(k.jenis, str(k.wilayah), k.mulai, k.judul) for k in ws.kegiatan.ringkasan()}
            for session in demo_kegiatan(area, added, random.Random(f"{SEED}:kegiatan:{area}")):
                # A kabupaten demo after a kecamatan one must not hold the orientation twice.
                if (session.jenis, str(session.wilayah), session.mulai, session.judul) not in held:
                    ws.kegiatan.put(session)
            answered = {(d.siklus, kode) for d in muat_definisi()
                        for kode in ws.kesiapan.jawaban_di(d.siklus, str(area))}
            for definisi, kode, butir, jawaban in demo_jawaban(
                    muat_definisi(), area, [d.kode for d, _ in added],
                    random.Random(f"{SEED}:kesiapan:{area}")):
                if (definisi.siklus, kode) not in answered:
                    ws.kesiapan.put(definisi.siklus, kode, butir, jawaban, None)
        kk = tambah_demo_kk(ws, area).rumah_tangga if households else 0
    return DemoResult(scope, len(todo), len(registered), kk)


def _demo_desa(kode: KodeWilayah, rng: random.Random) -> Desa:
    # One draw, skewed to the small end: many desa of a few hundred to a thousand KK, a few of
    # over 2,000 (Batang comes to ~282k KK, in the 250k-300k it has).
    share = (rng.randint(350, 2400) - 350) / 2050
    kk = 300 + round(2100 * share ** 1.5)
    rw = rng.randint(2, 9)
    return Desa(
        wilayah=wilayah.desa_wilayah(kode), is_demo=True,
        jumlah_kk=kk, jumlah_jiwa=round(kk * rng.uniform(2.9, 3.8)),
        jumlah_dusun=rng.randint(2, 7), jumlah_rw=rw, jumlah_rt=rw * rng.randint(3, 6),
        alamat_sekretariat="Balai Desa, Jl. Raya No. " + str(rng.randint(1, 80)),
        telepon=f"0285-{rng.randint(300000, 499999)}",
        catatan="Data contoh (demo), bukan data resmi.",
    )


def _demo_pokja(desa: Desa, rng: random.Random, tatanan_ids: list[str]) -> Pokja:
    sk_date = dt.date(2024, 1, 2) + dt.timedelta(days=rng.randint(0, 600))
    posts = [*_POSTS, *[Jabatan.ANGGOTA] * rng.randint(3, 7)]
    drawn = [
        Anggota(
            nama=nama_orang(rng), jabatan=post,
            unsur=rng.choice(_UNSUR), telepon=f"08{rng.randint(1000000000, 9999999999)}",
            aktif_sejak=sk_date,
        )
        for post in posts
    ]
    names = tanpa_kembar([m.nama for m in drawn], str(desa.kode))
    members = tuple(replace(m, nama=n) for m, n in zip(drawn, names, strict=True))
    head = "Lurah" if desa.jenis is JenisDesa.KELURAHAN else "Kepala Desa"
    return Pokja(
        sk_nomor=f"141/{rng.randint(1, 99):02d}/{sk_date.year}",
        sk_tanggal=sk_date,
        sk_penandatangan=f"{head} {desa.nama}",
        sekretariat_ada=rng.random() < 0.7,
        anggota=members,
        tatanan=tuple(sorted(rng.sample(tatanan_ids, rng.randint(2, 4)),
                             key=tatanan_ids.index)),
    )
