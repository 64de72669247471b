# kikan-flow container image.
#   docker build -t kikan-flow .      (or: docker compose up -d, see docker-compose.yml)

# ---- build stage -----------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace

# Wrapper and POM first: the dependency layer below is rebuilt only when they change.
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN chmod +x mvnw && ./mvnw -B -q dependency:go-offline

COPY src/ src/
COPY bpmn/ bpmn/
COPY forms/ forms/
# `package` only: the BPMN lint (Node.js) and integration tests are bound to verify.
# The jar is copied to a fixed name so a version bump does not touch this file.
RUN ./mvnw -B -DskipTests package \
 && cp target/kikan-flow-*.jar /workspace/kikan-flow.jar

# ---- runtime stage ---------------------------------------------------------
FROM eclipse-temurin:17-jre

# Fixed non-root uid/gid so volume permissions are predictable.
RUN groupadd --system --gid 10001 kikan \
 && useradd --system --uid 10001 --gid kikan --home-dir /app --no-create-home kikan \
 && mkdir -p /app/data && chown kikan:kikan /app/data
WORKDIR /app
# Owned by root: the app user can read the jar but not replace it.
COPY --from=build /workspace/kikan-flow.jar /app/kikan-flow.jar

# tzdata is part of the temurin base image, so TZ is honoured by the JVM.
ENV SPRING_PROFILES_ACTIVE=postgres \
    TZ=Asia/Tokyo

USER kikan
EXPOSE 8080

# curl: the eclipse-temurin Ubuntu images install curl (and wget) for Java < 22
# "for historical reasons" (adoptium/containers docker_templates/ubuntu.Dockerfile.j2,
# 17/jre/ubuntu/*/Dockerfile; see adoptium/containers#255). From Java 22 on curl
# is gone, so switch to wget (or add curl) if this image moves past 21.
# -f makes an HTTP 503 (health DOWN) a failure; `|| exit 1` because Docker
# reserves exit code 2. Start period: Camunda's schema setup takes a while.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD curl -fsS -o /dev/null http://localhost:8080/actuator/health || exit 1

ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/kikan-flow.jar"]
