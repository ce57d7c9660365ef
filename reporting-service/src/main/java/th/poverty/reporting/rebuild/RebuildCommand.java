package th.poverty.reporting.rebuild;

import java.util.Map;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * Rebuilds (or reconciles) reporting's projections without the service running, e.g. from the
 * benchmark harness: {@code RebuildCommand rebuild|reconcile <jdbc-url> <user> <password> <bootstrap-servers>}.
 * Prints the result. A batch job: run it with the throughput collector and a large young
 * generation (a replay makes garbage fast and keeps little),
 * {@code java -XX:+UseParallelGC -Xmx2g -Xmn1g -cp "reporting-service/target/quarkus-app/app/*:reporting-service/target/quarkus-app/lib/main/*" ...}.
 */
public final class RebuildCommand {

    private RebuildCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5 || !(args[0].equals("rebuild") || args[0].equals("reconcile"))) {
            System.err.println("usage: RebuildCommand rebuild|reconcile <jdbc-url> <user> <password> <bootstrap-servers>");
            System.exit(2);
        }
        var dataSource = new PGSimpleDataSource();
        dataSource.setUrl(args[1]);
        dataSource.setUser(args[2]);
        dataSource.setPassword(args[3]);
        var rebuild = new ProjectionRebuild(dataSource, Map.of("bootstrap.servers", args[4]));
        System.out.println(args[0].equals("rebuild") ? rebuild.rebuild() : rebuild.reconcile());
    }
}
