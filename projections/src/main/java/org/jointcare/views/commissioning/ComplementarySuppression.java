package org.jointcare.views.commissioning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which figures of one measure and category are hidden, across every area a commissioner may ask
 * for: each practice in each locality (a cell), each practice, each locality, and all of them. A
 * figure on fewer than {@value CommissioningQueries#SMALLEST_SHOWN} (but more than none) is hidden
 * (primary suppression). That alone is not enough: a practice's figure is the total of its
 * localities, a locality's the total of its practices, and the whole area's the total of either,
 * so a hidden figure could be worked out as a total minus the others shown beside it (6 in all, 4
 * of them at one practice: the other practice has 2). So wherever a total and the figures it adds
 * up hide exactly one of them, the smallest other figure of that sum is hidden too (complementary
 * suppression), the total itself only when nothing else is left to hide; and again, until no sum
 * hides exactly one. A figure of none is left out, as it always was: zero is not a person.
 */
final class ComplementarySuppression {

    /** An area: a practice and a locality, either of them null for "all". */
    record Area(String practiceCode, String locality) {
        static final Area ALL = new Area(null, null);
    }

    private final Map<Area, Long> counts = new HashMap<>();
    private final Set<Area> hidden = new HashSet<>();

    /** @param cells the count of each practice in each locality (both named) */
    ComplementarySuppression(Map<Area, Long> cells) {
        Set<String> practices = new TreeSet<>();
        Set<String> localities = new TreeSet<>();
        cells.forEach((cell, count) -> {
            counts.merge(cell, count, Long::sum);
            counts.merge(new Area(cell.practiceCode(), null), count, Long::sum);
            counts.merge(new Area(null, cell.locality()), count, Long::sum);
            counts.merge(Area.ALL, count, Long::sum);
            practices.add(cell.practiceCode());
            localities.add(cell.locality());
        });
        counts.forEach((area, count) -> {
            if (count > 0 && count < CommissioningQueries.SMALLEST_SHOWN) {
                hidden.add(area);
            }
        });
        List<Sum> sums = new ArrayList<>();
        List<Area> byPractice = new ArrayList<>();
        List<Area> byLocality = new ArrayList<>();
        for (String practice : practices) {
            List<Area> parts = new ArrayList<>();
            localities.forEach(locality -> parts.add(new Area(practice, locality)));
            sums.add(new Sum(new Area(practice, null), parts));
            byPractice.add(new Area(practice, null));
        }
        for (String locality : localities) {
            List<Area> parts = new ArrayList<>();
            practices.forEach(practice -> parts.add(new Area(practice, locality)));
            sums.add(new Sum(new Area(null, locality), parts));
            byLocality.add(new Area(null, locality));
        }
        sums.add(new Sum(Area.ALL, byPractice));
        sums.add(new Sum(Area.ALL, byLocality));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Sum sum : sums) {
                changed |= protect(sum);
            }
        }
    }

    private record Sum(Area total, List<Area> parts) {
    }

    /** Hides one more figure of the sum when it hides exactly one; says whether it did. */
    private boolean protect(Sum sum) {
        List<Area> members = new ArrayList<>();
        members.add(sum.total());
        members.addAll(sum.parts());
        long hiddenMembers = members.stream().filter(area -> count(area) > 0 && hidden.contains(area)).count();
        if (hiddenMembers != 1) {
            return false;
        }
        Area next = sum.parts().stream()
                .filter(area -> count(area) > 0 && !hidden.contains(area))
                .min((a, b) -> Long.compare(count(a), count(b)))
                .orElse(count(sum.total()) > 0 && !hidden.contains(sum.total()) ? sum.total() : null);
        return next != null && hidden.add(next);
    }

    long count(Area area) {
        return Objects.requireNonNullElse(counts.get(area), 0L);
    }

    boolean hidden(Area area) {
        return hidden.contains(area);
    }
}
