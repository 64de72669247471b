package jp.kikan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KikanFlowApplication {

  public static void main(String[] args) {
    SpringApplication.run(KikanFlowApplication.class, args);
  }
}
