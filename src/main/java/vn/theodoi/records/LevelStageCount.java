package vn.theodoi.records;

import vn.theodoi.deadline.Stage;

/** How many visible records sit at one oversight level (null: taken out) and one stage (null: no event yet). */
public record LevelStageCount(Integer level, Stage stage, long count) {
}
