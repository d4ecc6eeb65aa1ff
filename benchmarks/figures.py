"""Turn the workers' raw JSON into the table's figures, each checked against its target."""

from __future__ import annotations

from typing import Any

from common import Figure

HOLD_CPU_RATIO = 1.2
HOLD_PAINTS_PER_S = 30.0
LATE_P95_MS = 5.0
WINDOW_CUE_EXTRA_MS = 2.0  # the real window's end cue, against the bare HoldClock's
DRIFT_MS = 1.0  # "no growth": the last tenth of the holds at most this much later than the first
HIT_TEST_US = 50.0
CLICK_MS = 16.0
TODAY_MS = 50.0
CSV_S = 2.0
HEAT_MS = 200.0
PERIOD_PDF_S = 2.0
PERIOD_PAGES = 8


def _fig(
    key: str,
    label: str,
    value: float | None,
    unit: str,
    target: str,
    *,
    ok: bool | None,
    **detail: Any,
) -> Figure:
    return Figure(key, label, value, unit, target, ok, detail)


def _ratio(
    key: str,
    label: str,
    value: float,
    *,
    floor: float,
    target: float,
    unit: str,
    **detail: Any,
) -> Figure:
    """A figure judged as value / floor, both measured in the same run; both shown."""
    ratio = value / floor if floor > 0 else float("inf")
    digits = 2 if unit in ("%", "ms") and value < 10 else 1 if value < 100 else 0
    shown = f"{value:.{digits}f} {unit} vs {floor:.{digits}f} {unit}".replace(" %", "%")
    return Figure(
        key,
        label,
        ratio,
        "x",
        f"<= {target:g}x",
        ratio <= target,
        {"value": value, "floor": floor, "unit": unit, "shown": shown, **detail},
    )


def activity(raw: dict[str, Any]) -> list[Figure]:
    """Figures 3 and 4: idle and holding."""
    idle, hold, seconds = raw["idle"], raw["holding"], raw["seconds"]
    return [
        _fig(
            "idle_timer_events",
            f"Idle: knotimer's own timer events in {seconds:g} s",
            idle["own_timer_events"],
            "",
            "0",
            ok=idle["own_timer_events"] == 0,
            other_window_timer_events=idle["window_timer_events"],
            voluntary_switches_per_s=idle["voluntary_switches_per_s"],
            runs=idle["runs"],
        ),
        _fig(
            "idle_cpu",
            f"Idle: CPU over {seconds:g} s (% of a core)",
            idle["cpu_pct"],
            "%",
            "(info)",
            ok=None,
        ),
        _fig(
            "open_rss",
            "Peak RSS, window open a while, cues loaded",
            raw["open_rss_mib"],
            "MiB",
            "(info)",
            ok=None,
        ),
        _ratio(
            "holding_cpu",
            "Holding: CPU (x a bare window's ring at the dial's rate)",
            hold["cpu_pct"],
            floor=raw["holding_floor"]["cpu_pct"],
            target=HOLD_CPU_RATIO,
            unit="%",
            voluntary_switches_per_s=hold["voluntary_switches_per_s"],
            floor_runs=raw["holding_floor"]["runs"],
            dial_size=raw["dial_size"],
        ),
        _fig(
            "holding_repaints",
            "Holding: repaints of the window's widgets",
            hold["paints_per_s"],
            "/s",
            f"<= {HOLD_PAINTS_PER_S:g} /s",
            ok=hold["paints_per_s"] <= HOLD_PAINTS_PER_S,
            own_timer_events=hold["own_timer_events"],
            by_widget=hold["runs"][0]["paint_receivers"],
            runs=hold["runs"],
        ),
    ]


def timing(raw: dict[str, Any]) -> list[Figure]:
    """Figure 5: lateness of the hold's end under a busy event loop."""
    busy, n = raw["busy"], raw["busy"]["n"]
    floor = raw["qtimer_busy"]
    window = raw["window_cue_busy"]
    growth = raw["last_tenth_p50_ms"] - raw["first_tenth_p50_ms"]
    return [
        _fig(
            "late_min",
            f"Hold end lateness, min ({n} holds, busy loop)",
            busy["min_ms"],
            "ms",
            ">= 0 (never early)",
            ok=busy["min_ms"] >= 0,
        ),
        _fig("late_p50", "Hold end lateness, p50", busy["p50_ms"], "ms", "(info)", ok=None),
        _fig(
            "late_p95",
            "Hold end lateness, p95",
            busy["p95_ms"],
            "ms",
            f"<= {LATE_P95_MS:g} ms",
            ok=busy["p95_ms"] <= LATE_P95_MS,
        ),
        _fig("late_max", "Hold end lateness, max", busy["max_ms"], "ms", "(info)", ok=None),
        _fig(
            "late_qt_floor_p95",
            "  same load, bare Qt PreciseTimer, p95",
            floor["p95_ms"],
            "ms",
            "(reference)",
            ok=None,
            **floor,
        ),
        _fig(
            "late_window_p95",
            "End cue through the real window, p95 (save after)",
            window["p95_ms"],
            "ms",
            "<= bare HoldClock p95 + 2 ms",
            ok=window["p95_ms"] <= busy["p95_ms"] + WINDOW_CUE_EXTRA_MS,
            **window,
        ),
        _fig(
            "late_drift",
            f"Drift: hold 1 vs hold {n} (last - first tenth)",
            growth,
            "ms",
            f"<= {DRIFT_MS:g} ms growth",
            ok=growth <= DRIFT_MS,
            shown=f"hold 1: {raw['first_ms']:.2f} ms, hold {n}: {raw['last_ms']:.2f} ms",
            slope_ms_per_100=raw["slope_ms_per_100"],
            samples_ms=raw["samples_ms"],
            quiet=raw.get("quiet"),
        ),
    ]


def diagram(raw: dict[str, Any]) -> list[Figure]:
    """Figure 6: hit-test lookup and click to marker painted."""
    hit, click = raw["hit_test"], raw["click"]
    return [
        _fig(
            "hit_test",
            "Diagram hit-test at 1400 px (per lookup)",
            hit["us_per_lookup"],
            "us",
            f"<= {HIT_TEST_US:g} us",
            ok=hit["us_per_lookup"] <= HIT_TEST_US,
            mask_build_ms=hit["mask_build_ms"],
            hit_fraction=hit["hit_fraction"],
        ),
        _fig(
            "click_to_paint",
            "Click on a muscle -> marker painted",
            click["ms"],
            "ms",
            f"<= {CLICK_MS:g} ms",
            ok=click["ms"] <= CLICK_MS,
            p95_ms=click["p95_ms"],
            handler_ms=click["handler_ms"],
            samples_ms=click["samples_ms"],
            diagram_size=click["diagram_size"],
        ),
    ]


def history(raw: dict[str, Any]) -> list[Figure]:
    """Figure 7: the history of 100 000 holds."""
    holds = f"{raw['holds']:,}".replace(",", " ")
    csv_s = raw["csv_ms"] / 1000.0
    return [
        _fig(
            "today_summary",
            f"Today view: Store.day_summary ({holds} holds)",
            raw["day_summary_ms"],
            "ms",
            f"<= {TODAY_MS:g} ms",
            ok=raw["day_summary_ms"] <= TODAY_MS,
            spots=raw["day_summary_spots"],
            day=raw["day"],
        ),
        _fig(
            "today_window",
            "Today view: MainWindow built + refreshed",
            raw["window_ms"],
            "ms",
            f"<= {TODAY_MS:g} ms",
            ok=raw["window_ms"] <= TODAY_MS,
            refresh_ms=raw["refresh_ms"],
            first_in_process_ms=raw["window_cold_ms"],
        ),
        _fig(
            "heatmap_all",
            "Heat map over all (query + knots + field)",
            raw["heatmap_ms"],
            "ms",
            f"<= {HEAT_MS:g} ms",
            ok=raw["heatmap_ms"] <= HEAT_MS,
            knots=raw.get("heatmap_knots"),
            cells=raw.get("heatmap_cells"),
            hot_share=raw.get("heatmap_hot_share"),
            shades=raw.get("heatmap_shades"),
        ),
        _fig(
            "csv_all",
            f"CSV of everything ({holds} rows)",
            csv_s,
            "s",
            f"<= {CSV_S:g} s",
            ok=csv_s <= CSV_S,
            runs_ms=raw["csv_runs_ms"],
            mib=raw["csv_mib"],
        ),
        _fig("pdf_day", "One-day PDF", raw["pdf_ms"], "ms", "<= 300 ms", ok=raw["pdf_ms"] <= 300),
        _fig(
            "pdf_period",
            "Period report, ten years",
            raw["period_pdf_ms"] / 1000.0,
            "s",
            f"<= {PERIOD_PDF_S:g} s, <= {PERIOD_PAGES} pages",
            ok=raw["period_pdf_ms"] / 1000.0 <= PERIOD_PDF_S
            and raw["period_pdf_pages"] <= PERIOD_PAGES,
            pages=raw["period_pdf_pages"],
        ),
    ]
