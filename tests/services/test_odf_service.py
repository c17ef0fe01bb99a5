"""Tests for the ODF path use cases: save with the whole path checked, refuse a delete that breaks it."""

import datetime as dt
from collections.abc import Callable

import pytest

from kks_desktop.domain.desa import Desa
from kks_desktop.domain.errors import DesaNotFound, ValidationFailed
from kks_desktop.domain.kode_wilayah import KodeWilayah
from kks_desktop.domain.odf import AnggotaTim, Hasil, JenisOdf, OdfEvent, PosisiOdf, StatusOdf
from kks_desktop.domain.problems import Problem
from kks_desktop.domain.sanitasi import LaporanSanitasi
from kks_desktop.services import odf_service as svc
from kks_desktop.services.workspace import Workspace

K = KodeWilayah.parse
D = dt.date
MakeDesa = Callable[..., Desa]
MakeLaporan = Callable[..., LaporanSanitasi]
TODAY = D(2025, 11, 5)
TIM = (AnggotaTim("Retno", "Dinkes"), AnggotaTim("Sugiyanto", "Puskesmas"), AnggotaTim("Hartono"))
PEMICUAN = OdfEvent(JenisOdf.PEMICUAN, D(2025, 1, 10), fasilitator="Sanitarian")
LULUS = OdfEvent(JenisOdf.VERIFIKASI, D(2025, 6, 10), tim=TIM, hasil=Hasil.LULUS, nomor_ba="BA/1")
DEKLARASI = OdfEvent(JenisOdf.DEKLARASI, D(2025, 7, 1), nomor_ba="BA/2")


def _at(event: OdfEvent) -> dict[str, object]:
    return {"jenis": event.jenis.value, "tanggal": event.tanggal.strftime("%d/%m/%Y")}


def _kinds(ws: Workspace, desa: Desa) -> list[tuple[str, dt.date]]:
    return [(e.jenis.value, e.tanggal) for e in svc.events_for(ws, desa.kode)]


def test_save_returns_the_stored_event_and_its_warnings(ws: Workspace, make_desa: MakeDesa) -> None:
    desa = make_desa(ws)
    stored, warnings = svc.save_event(ws, desa.kode, PEMICUAN, TODAY)
    assert stored.with_changes(uuid="", updated_at="") == PEMICUAN
    assert warnings == []
    verif, warnings = svc.save_event(ws, desa.kode, LULUS.with_changes(nomor_ba="", tim=TIM[:2]),
                                     TODAY)
    assert warnings == [Problem.warning("tim", "team_small", minimum=3, **_at(LULUS)),
                        Problem.warning("nomor_ba", "ba_missing", **_at(LULUS))]
    assert svc.events_for(ws, desa.kode) == [stored, verif]


def test_errors_refuse_the_save_and_write_nothing(ws: Workspace, make_desa: MakeDesa) -> None:
    desa = make_desa(ws)
    svc.save_event(ws, desa.kode, PEMICUAN, TODAY)
    for event, problem in (
        (DEKLARASI, Problem.error("tanggal", "deklarasi_without_verifikasi", **_at(DEKLARASI))),
        (LULUS.with_changes(hasil=None), Problem.error("hasil", "required", **_at(LULUS))),
        (PEMICUAN.with_changes(tanggal=D(2025, 11, 6)),
         Problem.error("tanggal", "future_date", jenis="pemicuan", tanggal="06/11/2025")),
    ):
        with pytest.raises(ValidationFailed) as info:
            svc.save_event(ws, desa.kode, event, TODAY)
        assert problem in info.value.problems
    assert _kinds(ws, desa) == [("pemicuan", D(2025, 1, 10))]
    stored, _ = svc.save_event(ws, desa.kode, PEMICUAN.with_changes(tanggal=D(2025, 11, 6)),
                               D(2025, 11, 6))
    assert stored.tanggal == D(2025, 11, 6)


def test_check_reports_only_the_warnings_of_the_event_itself(
    ws: Workspace, make_desa: MakeDesa
) -> None:
    desa = make_desa(ws)
    svc.save_event(ws, desa.kode, LULUS.with_changes(nomor_ba="", tim=()), TODAY)
    assert svc.check_event(ws, desa.kode, PEMICUAN, TODAY) == []
    declaration = DEKLARASI.with_changes(nomor_ba="")
    assert svc.check_event(ws, desa.kode, declaration, TODAY) == [
        Problem.warning("nomor_ba", "ba_missing", **_at(DEKLARASI))]


def test_an_edit_is_checked_in_place_of_the_stored_version(
    ws: Workspace, make_desa: MakeDesa
) -> None:
    desa = make_desa(ws)
    verif, _ = svc.save_event(ws, desa.kode, LULUS, TODAY)
    svc.save_event(ws, desa.kode, DEKLARASI, TODAY)
    failed = verif.with_changes(hasil=Hasil.GAGAL)
    assert svc.check_event(ws, desa.kode, failed, TODAY) == [
        Problem.error("tanggal", "deklarasi_without_verifikasi", **_at(DEKLARASI))]
    with pytest.raises(ValidationFailed):
        svc.save_event(ws, desa.kode, failed, TODAY)
    assert svc.events_for(ws, desa.kode)[0].hasil is Hasil.LULUS
    earlier, _ = svc.save_event(ws, desa.kode, verif.with_changes(tanggal=D(2025, 6, 1)), TODAY)
    assert earlier.uuid == verif.uuid
    assert _kinds(ws, desa) == [("verifikasi", D(2025, 6, 1)), ("deklarasi", D(2025, 7, 1))]


def test_passed_verification_with_babs_in_the_reports_warns(
    ws: Workspace, make_desa: MakeDesa, make_laporan: MakeLaporan
) -> None:
    desa = make_desa(ws)
    ws.laporan.put_report(desa.kode, make_laporan("2025-06", babs=4))
    _, warnings = svc.save_event(ws, desa.kode, LULUS, TODAY)
    assert warnings == [Problem.warning("hasil", "passed_with_babs", babs=4, **_at(LULUS))]


def test_deleting_the_verification_a_declaration_rests_on_is_refused(
    ws: Workspace, make_desa: MakeDesa
) -> None:
    desa = make_desa(ws)
    pemicuan, _ = svc.save_event(ws, desa.kode, PEMICUAN, TODAY)
    verif, _ = svc.save_event(ws, desa.kode, LULUS, TODAY)
    svc.save_event(ws, desa.kode, DEKLARASI, TODAY)
    with pytest.raises(ValidationFailed) as info:
        svc.delete_event(ws, desa.kode, verif, TODAY)
    assert info.value.problems == [
        Problem.error("tanggal", "deklarasi_without_verifikasi", **_at(DEKLARASI))]
    assert len(svc.events_for(ws, desa.kode)) == 3
    # with a second passed verification before the declaration, the first can go
    second, _ = svc.save_event(ws, desa.kode, LULUS.with_changes(tanggal=D(2025, 6, 20)), TODAY)
    assert svc.delete_event(ws, desa.kode, verif, TODAY) == verif
    assert svc.delete_event(ws, desa.kode, pemicuan, TODAY) == pemicuan
    assert _kinds(ws, desa) == [("verifikasi", D(2025, 6, 20)), ("deklarasi", D(2025, 7, 1))]
    assert svc.events_for(ws, desa.kode)[0].uuid == second.uuid


def test_a_delete_is_not_blocked_by_errors_already_there(ws: Workspace, make_desa: MakeDesa) -> None:
    desa = make_desa(ws)
    pemicuan = svc.put_event(ws, desa.kode, PEMICUAN)
    declaration = svc.put_event(ws, desa.kode, DEKLARASI)  # unchecked (undo): already invalid
    assert svc.delete_event(ws, desa.kode, pemicuan, TODAY) == pemicuan
    assert svc.delete_event(ws, desa.kode, declaration, TODAY) == declaration
    assert svc.events_for(ws, desa.kode) == []


def test_posisi_uses_the_latest_report(ws: Workspace, make_desa: MakeDesa,
                                       make_laporan: MakeLaporan) -> None:
    desa = make_desa(ws)
    assert svc.posisi(ws, desa.kode) == PosisiOdf(StatusOdf.BELUM)
    svc.save_event(ws, desa.kode, PEMICUAN, TODAY)
    ws.laporan.put_report(desa.kode, make_laporan("2025-02", babs=0))
    ws.laporan.put_report(desa.kode, make_laporan("2025-03", babs=7))
    assert svc.posisi(ws, desa.kode) == PosisiOdf(StatusOdf.PEMICUAN, D(2025, 1, 10), None, 7, 0)
    ws.laporan.put_report(desa.kode, make_laporan("2025-04", babs=0))
    assert svc.posisi(ws, desa.kode).status is StatusOdf.MENUNGGU_VERIFIKASI
    svc.save_event(ws, desa.kode, LULUS, TODAY)
    svc.save_event(ws, desa.kode, DEKLARASI, TODAY)
    assert svc.posisi(ws, desa.kode) == PosisiOdf(StatusOdf.ODF, D(2025, 7, 1), D(2025, 7, 1), 0, 0)


def test_undo_helpers_put_back_and_remove_without_checks(ws: Workspace, make_desa: MakeDesa) -> None:
    desa = make_desa(ws)
    stored = svc.put_event(ws, desa.kode, DEKLARASI.with_changes(uuid="u-1"))
    assert stored.uuid == "u-1"
    svc.remove_event(ws, desa.kode, stored)
    assert svc.events_for(ws, desa.kode) == []


def test_unregistered_desa(ws: Workspace) -> None:
    with pytest.raises(DesaNotFound):
        svc.save_event(ws, K("33.25.01.2001"), PEMICUAN, TODAY)
    with pytest.raises(DesaNotFound):
        svc.posisi(ws, K("33.25.01.2001"))
