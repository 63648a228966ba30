package dev.roster.cli;

import dev.roster.apikeys.control.ApiKeys;
import dev.roster.apikeys.entity.ApiKey;
import dev.roster.audit.control.AuditTrail;
import dev.roster.audit.entity.AuditEvent;
import dev.roster.persistence.SchemaMigration;
import dev.roster.mfa.control.SecondFactors;
import dev.roster.sessions.control.Sessions;
import dev.roster.sessions.entity.FailedLoginsByAddress;
import dev.roster.sessions.entity.FailedLoginsByEmail;
import dev.roster.sessions.entity.SigningKey;
import dev.roster.sessions.entity.UserSession;
import dev.roster.users.control.AccountEvent;
import dev.roster.users.control.AdministratorLock;
import dev.roster.users.control.Groups;
import dev.roster.users.control.PasswordGenerator;
import dev.roster.users.control.PasswordHasher;
import dev.roster.users.control.PasswordPolicy;
import dev.roster.users.control.UserAdministration;
import dev.roster.users.control.UserImports;
import dev.roster.users.control.Users;
import dev.roster.users.entity.GroupMembership;
import dev.roster.users.entity.User;
import dev.roster.users.entity.UserGroup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URL;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.ui.LoggerUIService;
import org.hibernate.jpa.HibernatePersistenceProvider;

/**
 * Roster's database as the command line uses it: the schema brought up to date with the
 * server's changelog, then Hibernate over the same entity classes, resource-local instead
 * of the container's JTA, with the settings of the WAR's {@code persistence.xml} that
 * matter outside it. Each piece of work runs in one transaction with the same control
 * classes as the server.
 */
final class CommandLineDatabase implements AutoCloseable {

    /** Every entity of the WAR; {@code CommandLineDatabaseTest} keeps this list complete. */
    static final List<Class<?>> ENTITIES = List.of(User.class, UserSession.class, SigningKey.class, ApiKey.class, AuditEvent.class,
            FailedLoginsByEmail.class, FailedLoginsByAddress.class, UserGroup.class, GroupMembership.class);

    private final EntityManagerFactory factory;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;

    private CommandLineDatabase(EntityManagerFactory factory, PasswordPolicy policy, PasswordHasher hasher) {
        this.factory = factory;
        this.policy = policy;
        this.hasher = hasher;
    }

    /** The database's control classes, for one transaction. */
    record Work(Users users, UserAdministration administration, AuditTrail audit, Groups groups, UserImports imports, SecondFactors factors,
                Consumer<AccountEvent> observers) {
    }

    static CommandLineDatabase open(DatabaseCoordinates coordinates, Settings settings) {
        // Standard output belongs to the command's answer (userlist --json): Liquibase's summary goes to its log.
        System.setProperty("liquibase.command.showSummaryOutput", "log");
        // A command line that reports its use to a third party would surprise; the server has no say here.
        System.setProperty("liquibase.analytics.enabled", "false");
        try (Connection connection = DriverManager.getConnection(coordinates.url(), properties(coordinates))) {
            Scope.child(Scope.Attr.ui.name(), new LoggerUIService(), () -> SchemaMigration.update(connection));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to the database at " + coordinates.url() + ": " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("The database schema could not be brought up to date: " + e.getMessage(), e);
        }
        Properties jpa = new Properties();
        jpa.put("jakarta.persistence.jdbc.url", coordinates.url());
        if (coordinates.user() != null) {
            jpa.put("jakarta.persistence.jdbc.user", coordinates.user());
        }
        if (coordinates.password() != null) {
            jpa.put("jakarta.persistence.jdbc.password", coordinates.password());
        }
        // As the server's data source: every statement sees what is committed; the administrators' lock row orders decisions.
        jpa.put("hibernate.connection.isolation", String.valueOf(Connection.TRANSACTION_READ_COMMITTED));
        jpa.put("hibernate.connection.pool_size", "1");
        // As in persistence.xml: Liquibase owns the schema, times are UTC.
        jpa.put("hibernate.hbm2ddl.auto", "none");
        jpa.put("jakarta.persistence.schema-generation.database.action", "none");
        jpa.put("hibernate.jdbc.time_zone", "UTC");
        jpa.put("hibernate.xml_mapping_enabled", "false");
        EntityManagerFactory factory = new HibernatePersistenceProvider().createContainerEntityManagerFactory(new Unit(), jpa);

        PasswordPolicy policy = new PasswordPolicy(settings.bool("roster.strict-password-checking", true));
        PasswordHasher hasher = new PasswordHasher(settings.integer("roster.argon2.memory-kib", 19456),
                settings.integer("roster.argon2.iterations", 2), settings.integer("roster.argon2.parallelism", 1));
        return new CommandLineDatabase(factory, policy, hasher);
    }

    private static Properties properties(DatabaseCoordinates coordinates) {
        Properties properties = new Properties();
        if (coordinates.user() != null) {
            properties.put("user", coordinates.user());
        }
        if (coordinates.password() != null) {
            properties.put("password", coordinates.password());
        }
        return properties;
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(Function<Work, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction transaction = em.getTransaction();
        try {
            transaction.begin();
            Users users = new Users(em, policy, hasher);
            AuditTrail audit = new AuditTrail(em);
            Groups groups = new Groups(em, audit);
            Sessions sessions = new Sessions(em);
            ApiKeys apiKeys = new ApiKeys(em);
            Consumer<AccountEvent> observers = event -> {
                sessions.on(event);
                apiKeys.on(event);
            };
            UserAdministration administration = new UserAdministration(users, policy, hasher, observers, new AdministratorLock(em), audit, groups);
            T result = work.apply(new Work(users, administration, audit, groups,
                    new UserImports(administration, users, groups, new PasswordGenerator(policy)), new SecondFactors(em, audit), observers));
            transaction.commit();
            return result;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() {
        factory.close();
    }

    /** The {@code roster} unit's entities, resource-local. */
    private static final class Unit implements PersistenceUnitInfo {

        @Override
        public String getPersistenceUnitName() {
            return "roster";
        }

        @Override
        public String getPersistenceProviderClassName() {
            return HibernatePersistenceProvider.class.getName();
        }

        @Override
        public PersistenceUnitTransactionType getTransactionType() {
            return PersistenceUnitTransactionType.RESOURCE_LOCAL;
        }

        @Override
        public DataSource getJtaDataSource() {
            return null;
        }

        @Override
        public DataSource getNonJtaDataSource() {
            return null;
        }

        @Override
        public List<String> getMappingFileNames() {
            return List.of();
        }

        @Override
        public List<URL> getJarFileUrls() {
            return List.of();
        }

        @Override
        public URL getPersistenceUnitRootUrl() {
            return null;
        }

        @Override
        public List<String> getManagedClassNames() {
            return ENTITIES.stream().map(Class::getName).toList();
        }

        @Override
        public boolean excludeUnlistedClasses() {
            return true;
        }

        @Override
        public SharedCacheMode getSharedCacheMode() {
            return SharedCacheMode.NONE;
        }

        @Override
        public ValidationMode getValidationMode() {
            return ValidationMode.NONE;
        }

        @Override
        public Properties getProperties() {
            return new Properties();
        }

        @Override
        public String getPersistenceXMLSchemaVersion() {
            return "3.0";
        }

        @Override
        public ClassLoader getClassLoader() {
            return CommandLineDatabase.class.getClassLoader();
        }

        @Override
        public void addTransformer(ClassTransformer transformer) {
            // no bytecode enhancement, as in the WAR
        }

        @Override
        public ClassLoader getNewTempClassLoader() {
            return null;
        }
    }
}
