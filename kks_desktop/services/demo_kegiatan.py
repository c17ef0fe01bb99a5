"""Demo sessions: a two-day Orientasi KKS at kabupaten level, sosialisasi STBM and rapat Pokja."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from kks_desktop.domain.desa import Desa
from kks_desktop.domain.kegiatan import (
    AsalNarasumber,
    JenisKelamin,
    Kegiatan,
    Narasumber,
    Peserta,
    Rtl,
    StatusRtl,
)
from kks_desktop.domain.kode_wilayah import KodeWilayah, Level
from kks_desktop.domain.peserta import peserta_ganda
from kks_desktop.domain.pokja import Pokja
from kks_desktop.services import wilayah
from kks_desktop.services.demo_names import nama_orang, perempuan

ORIENTASI_MULAI = dt.date(2025, 9, 16)
_OPD = ("Bappelitbangda", "Dinas Kesehatan", "Dinas PMD", "Dinas Lingkungan Hidup", "Dinas PUPR",
        "Dinas Pendidikan", "Dinas Sosial", "Dinas Perhubungan", "Satpol PP", "Dinas Pertanian",
        "Dinas Pariwisata", "Bagian Kesra Setda")
_OPD_POSTS = ("Kepala Bidang", "Kepala Seksi", "Analis Kebijakan", "Perencana Ahli Muda")
_TITLES = ("dr. {}", "{}, S.KM", "{}, M.Kes", "Ir. {}", "{}, S.Sos", "{}", "{}", "{}")
_MATERI = ("Kebijakan Kabupaten/Kota Sehat dan tatanan 2023",
           "Peran Tim Pembina, Forum Kabupaten, Forum Kecamatan dan Pokja Desa Sehat",
           "STBM lima pilar dan jalan menuju ODF",
           "Penyusunan rencana kerja dan penganggaran Pokja dari Dana Desa",
           "Pengisian self-assessment dan data dukung penilaian KKS")
_RTL = (
    ("Membentuk/memperbarui SK Pokja Desa Sehat", "Kelembagaan Pokja sah", "Desa yang belum ber-SK",
     "Dinas PMD", "APBDes", "Semua desa memiliki SK Pokja", 30, StatusRtl.SELESAI),
    ("Rapat koordinasi Forum Kecamatan Sehat", "Menyusun rencana kerja forum", "Forum Kecamatan",
     "Camat", "APBD", "Notulen dan daftar hadir rapat", 45, StatusRtl.BERJALAN),
    ("Pemicuan STBM di desa belum ODF", "Menghentikan BABS", "Desa belum ODF",
     "Dinas Kesehatan", "APBD/BOK", "Semua desa terpicu", 60, StatusRtl.BERJALAN),
    ("Verifikasi desa yang siap ODF", "Status ODF terverifikasi", "Desa siap verifikasi",
     "Dinas Kesehatan", "BOK", "Berita acara verifikasi", 90, StatusRtl.BELUM),
    ("Pendampingan penyusunan self-assessment", "Data dukung lengkap", "Tim Pembina",
     "Bappelitbangda", "APBD", "Dokumen SA terkirim", 120, StatusRtl.BELUM),
    ("Sosialisasi tatanan ke sekolah", "Sekolah sehat", "Sekolah dasar", "Dinas Pendidikan",
     "APBD", "Jumlah sekolah tersosialisasi", 75, StatusRtl.BATAL),
)


def demo_kegiatan(area: KodeWilayah, desa: Sequence[tuple[Desa, Pokja]],
                  rng: random.Random) -> list[Kegiatan]:
    """The demo sessions for the desa just added inside `area`."""
    sessions = [_orientasi(area.at(Level.KABKOTA), desa, rng)]
    kecamatan = sorted({d.kode.at(Level.KECAMATAN) for d, _ in desa})
    for kode in kecamatan[:2]:
        sessions.append(_sosialisasi(kode, [x for x in desa if kode.contains(x[0].kode)], rng))
    for one, pokja in desa[:6]:
        sessions.extend(_rapat(one, pokja, bulan, rng) for bulan in (1, 4, 7, 10))
    return sessions


def _orientasi(kabupaten: KodeWilayah, desa: Sequence[tuple[Desa, Pokja]],
               rng: random.Random) -> Kegiatan:
    nama_kab = wilayah.name_of(kabupaten) or str(kabupaten)
    kecamatan = sorted({d.wilayah.kecamatan for d, _ in desa})
    people = [_person(rng, rng.choice(_TITLES).format(nama_orang(rng)), rng.choice(_OPD_POSTS),
                      opd, "opd") for opd in _OPD]
    people += [_person(rng, nama_orang(rng), post, "Tim Pembina KKS", "tim_pembina")
               for post in ("Sekretaris", "Anggota", "Anggota", "Anggota", "Anggota", "Anggota")]
    people += [_person(rng, nama_orang(rng), post, f"Forum {nama_kab} Sehat", "forum_kabupaten")
               for post in ("Ketua", "Sekretaris", "Bendahara", "Anggota", "Anggota")]
    people += [_person(rng, nama_orang(rng), rng.choice(("Ketua", "Sekretaris")),
                       f"Forum Kecamatan Sehat {kecamatan[i % len(kecamatan)]}", "forum_kecamatan")
               for i in range(10)]
    for one, pokja in list(desa)[:20]:
        head = pokja.anggota[0] if pokja.anggota else None
        people.append(_person(rng, head.nama if head else nama_orang(rng), "Ketua Pokja",
                              f"Pokja Desa Sehat {one.nama}", "pokja_desa").with_changes(
            desa_kode=str(one.kode), desa_nama=one.nama))
    people += [_person(rng, nama_orang(rng) + ", S.KM", rng.choice(("Sanitarian", "Promkes")),
                       f"Puskesmas {kecamatan[i % len(kecamatan)]}", "puskesmas") for i in range(7)]
    people = _scored(_attendance(_distinct(people, str(kabupaten)), rng), rng)
    speakers = (
        Narasumber("dr. Yulianto Prabowo, M.Kes", "Dinas Kesehatan Provinsi",
                   AsalNarasumber.PROVINSI, _MATERI[0]),
        Narasumber("Ir. Hadi Purnomo, M.T", "Bappelitbangda", AsalNarasumber.KABUPATEN,
                   _MATERI[3]),
        Narasumber("Sri Wahyuningsih, S.KM", "Dinas Kesehatan", AsalNarasumber.KABUPATEN,
                   _MATERI[2]),
    )
    plans = tuple(
        Rtl(kegiatan=k, tujuan=t, sasaran=s, waktu=ORIENTASI_MULAI + dt.timedelta(days=days),
            tempat=nama_kab, penanggung_jawab=pj, sumber_dana=dana, indikator=ind, status=status)
        for k, t, s, pj, dana, ind, days, status in _RTL)
    return Kegiatan(
        jenis="orientasi_kks", judul="Orientasi Kabupaten Sehat bagi Forum dan Pokja Desa Sehat",
        mulai=ORIENTASI_MULAI, selesai=ORIENTASI_MULAI + dt.timedelta(days=1), wilayah=kabupaten,
        tempat=f"Aula Bappelitbangda {nama_kab}",
        penyelenggara=f"Tim Pembina {nama_kab} Sehat", materi=_MATERI, narasumber=speakers,
        notulen=("Hari 1: pembukaan oleh Sekda; paparan kebijakan KKS dan STBM.\n"
                 "Hari 2: kerja kelompok rencana kerja Pokja; kesepakatan RTL."),
        peserta=tuple(people), rtl=plans)


def _sosialisasi(kecamatan: KodeWilayah, desa: Sequence[tuple[Desa, Pokja]],
                 rng: random.Random) -> Kegiatan:
    nama = wilayah.name_of(kecamatan) or str(kecamatan)
    day = dt.date(2025, rng.randint(3, 8), rng.randint(1, 28))
    people = []
    for one, pokja in desa:
        for member in pokja.anggota[:2]:
            people.append(_person(rng, member.nama, member.jabatan.value.replace("_", " ").title(),
                                  f"Pokja Desa Sehat {one.nama}", "pokja_desa").with_changes(
                desa_kode=str(one.kode), desa_nama=one.nama))
    people += [_person(rng, nama_orang(rng), "Kader", "TP PKK", "masyarakat") for _ in range(4)]
    return Kegiatan(
        jenis="sosialisasi_stbm", judul=f"Sosialisasi STBM Kecamatan {nama}", mulai=day,
        selesai=day, wilayah=kecamatan, tempat=f"Aula Kecamatan {nama}",
        penyelenggara=f"Puskesmas {nama}", materi=("Lima pilar STBM", "Pemicuan dan verifikasi ODF"),
        narasumber=(Narasumber(nama_orang(rng) + ", S.KM", f"Puskesmas {nama}",
                               AsalNarasumber.KECAMATAN, "Lima pilar STBM"),),
        peserta=tuple(_attendance(people, rng, days=1)))


def _rapat(desa: Desa, pokja: Pokja, bulan: int, rng: random.Random) -> Kegiatan:
    day = dt.date(2025, bulan, rng.randint(5, 25))
    people = [_person(rng, m.nama, m.jabatan.value.replace("_", " ").title(),
                      f"Pokja Desa Sehat {desa.nama}", "pokja_desa").with_changes(
                          desa_kode=str(desa.kode), desa_nama=desa.nama, telepon=m.telepon)
              for m in pokja.anggota if rng.random() < 0.85]
    plans = (Rtl("Pendataan ulang KK belum berakses jamban", "Data akses terkini", "Seluruh RT",
                 waktu=day + dt.timedelta(days=30), tempat=f"Desa {desa.nama}",
                 penanggung_jawab=people[0].nama if people else "", sumber_dana="Dana Desa",
                 indikator="Rekap per RT", status=StatusRtl.SELESAI if bulan < 10 else StatusRtl.BELUM),)
    return Kegiatan(
        jenis="rapat_pokja", judul=f"Rapat rutin Pokja Desa Sehat triwulan {(bulan + 2) // 3}",
        mulai=day, selesai=day, wilayah=desa.kode, tempat=f"Balai Desa {desa.nama}",
        penyelenggara=f"Pokja Desa Sehat {desa.nama}",
        materi=("Evaluasi rencana kerja", "Perkembangan STBM dan ODF", "Rencana kegiatan berikut"),
        notulen=("Rapat dibuka ketua. Dibahas capaian akses jamban dan rencana pemicuan ulang di "
                 "RT yang masih BABS. Disepakati pendataan ulang bulan depan."),
        peserta=tuple(_attendance(people, rng, days=1)), rtl=plans)


def _distinct(people: list[Peserta], seed: str) -> list[Peserta]:
    """No two demo participants who read as the same person (a new user would be warned)."""
    people = list(people)
    spare = random.Random(seed)
    while groups := peserta_ganda(people):
        for index in groups[0][1:]:
            people[index] = people[index].with_changes(nama=nama_orang(spare))
    return people


def _person(rng: random.Random, nama: str, jabatan: str, instansi: str, kategori: str) -> Peserta:
    return Peserta(nama=nama, jenis_kelamin=JenisKelamin.P if perempuan(nama) else JenisKelamin.L,
                   jabatan=jabatan, instansi=instansi, kategori=kategori,
                   telepon=f"08{rng.randint(1000000000, 9999999999)}" if rng.random() < 0.5 else "")


def _attendance(people: list[Peserta], rng: random.Random, days: int = 2) -> list[Peserta]:
    """Most attend every day; a few miss the second day or come only on it."""
    result = []
    for person in people:
        roll = rng.random()
        hadir = (1,) if days > 1 and roll < 0.06 else (2,) if days > 1 and roll < 0.08 else tuple(
            range(1, days + 1))
        result.append(person.with_changes(hadir=hadir))
    return result


def _scored(people: list[Peserta], rng: random.Random) -> list[Peserta]:
    """A pre-test on day 1 and a post-test on day 2 for whoever was there."""
    result = []
    for person in people:
        pre = float(min(95, max(20, round(rng.gauss(58, 12)))))
        post = float(min(100, max(pre, round(pre + rng.gauss(16, 8)))))
        result.append(person.with_changes(pre=pre if 1 in person.hadir else None,
                                          post=post if 2 in person.hadir else None))
    return result
