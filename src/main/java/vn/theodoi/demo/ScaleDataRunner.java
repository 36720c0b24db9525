package vn.theodoi.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.theodoi.records.BulkRecords;

/**
 * The scale data generator, off unless asked for:
 * {@code --theodoi.generate.records=200000 [--theodoi.generate.tasks=50000] [--theodoi.generate.seed=1]
 * [--theodoi.generate.prefix=G] [--theodoi.generate.inspections=2000] [--theodoi.generate.situations=10000]
 * [--theodoi.generate.proposals=20000] [--theodoi.generate.exit=true]}. Writes that many fictional records (and tasks) into the configured database
 * (see README, "Performance"), runs VACUUM ANALYZE on PostgreSQL, and exits when told to.
 */
@Component
@Order(4)
class ScaleDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ScaleDataRunner.class);

    private final ScaleData data;
    private final ScaleTasks taskData;
    private final ScaleInspections inspectionData;
    private final ScaleSituations situationData;
    private final ScaleProposals proposalData;
    private final ApplicationContext context;
    private final int records;
    private final int tasks;
    private final int inspections;
    private final int situations;
    private final int proposals;
    private final long seed;
    private final String prefix;
    private final boolean exit;

    ScaleDataRunner(ScaleData data, ScaleTasks taskData, ScaleInspections inspectionData,
            ScaleSituations situationData, ScaleProposals proposalData, ApplicationContext context,
            @Value("${theodoi.generate.records:0}") int records,
            @Value("${theodoi.generate.tasks:0}") int tasks,
            @Value("${theodoi.generate.inspections:0}") int inspections,
            @Value("${theodoi.generate.situations:0}") int situations,
            @Value("${theodoi.generate.proposals:0}") int proposals,
            @Value("${theodoi.generate.seed:20260101}") long seed,
            @Value("${theodoi.generate.prefix:G}") String prefix,
            @Value("${theodoi.generate.exit:false}") boolean exit) {
        this.data = data;
        this.taskData = taskData;
        this.inspectionData = inspectionData;
        this.situationData = situationData;
        this.proposalData = proposalData;
        this.proposals = proposals;
        this.context = context;
        this.records = records;
        this.tasks = tasks;
        this.inspections = inspections;
        this.situations = situations;
        this.seed = seed;
        this.prefix = prefix;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (records > 0) {
            generateRecords();
        }
        if (tasks > 0) {
            log.info("Generating {} fictional tasks (seed {}, code prefix {})", tasks, seed, prefix);
            vn.theodoi.tasks.BulkTasks.Result result = taskData.generate(tasks, seed, prefix);
            long analyzeStart = System.nanoTime();
            data.analyze(result.tables());
            log.info("Generated {} tasks ({} rows, ids {}..{}) in {} s; vacuum analyze {} s", result.tasks(),
                    result.rows(), result.firstId(), result.lastId(), result.millis() / 1000,
                    (System.nanoTime() - analyzeStart) / 1_000_000_000);
        }
        if (inspections > 0) {
            log.info("Generating {} fictional inspections (seed {}) through the inspections facade", inspections, seed);
            long started = System.nanoTime();
            int recommendations = inspectionData.generate(inspections, seed);
            data.analyze(java.util.List.of("inspection", "inspection_recommendation", "inspection_province",
                    "inspection_agency", "inspection_unit", "inspection_reader", "task"));
            log.info("Generated {} inspections with {} recommendations in {} s", inspections, recommendations,
                    (System.nanoTime() - started) / 1_000_000_000);
        }
        if (situations > 0) {
            log.info("Generating {} fictional hot spots (seed {})", situations, seed);
            vn.theodoi.situations.BulkSituations.Result result = situationData.generate(situations, seed);
            data.analyze(result.tables());
            log.info("Generated {} hot spots ({} rows, ids {}..{}) in {} s", result.situations(), result.rows(),
                    result.firstId(), result.lastId(), result.millis() / 1000);
        }
        if (proposals > 0) {
            log.info("Generating {} fictional proposals (seed {})", proposals, seed);
            vn.theodoi.proposals.BulkProposals.Result result = proposalData.generate(proposals, seed);
            data.analyze(result.tables());
            log.info("Generated {} proposals ({} rows, ids {}..{}) in {} s", result.proposals(), result.rows(),
                    result.firstId(), result.lastId(), result.millis() / 1000);
        }
        if (exit && (records > 0 || tasks > 0 || inspections > 0 || situations > 0 || proposals > 0)) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    private void generateRecords() {
        log.info("Generating {} fictional records (seed {}, code prefix {})", records, seed, prefix);
        BulkRecords.Result result = data.generate(records, seed, prefix);
        long analyzeStart = System.nanoTime();
        data.analyze(result.tables());
        log.info("Generated {} records ({} rows) in {} s; vacuum analyze {} s", result.records(), result.rows(),
                result.millis() / 1000, (System.nanoTime() - analyzeStart) / 1_000_000_000);
    }
}
