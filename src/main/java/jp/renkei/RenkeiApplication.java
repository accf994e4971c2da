package jp.renkei;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

import jp.renkei.shell.PushSocketBuffers;

@SpringBootApplication
@Modulithic(sharedModules = "shared")
@ConfigurationPropertiesScan
@EnableAsync
public class RenkeiApplication {

    public static void main(String[] args) {
        PushSocketBuffers.sizeTomcatBuffers();
        SpringApplication.run(RenkeiApplication.class, args);
    }
}
