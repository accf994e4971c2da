package jp.renkei.shared.notification;

import java.util.Optional;
import java.util.Properties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The mail server of {@code spring.mail.*}, when {@code spring.mail.host} is given at run time; none otherwise
 * (mail is then not sent, and the mailers log so). Boot's {@code MailSenderAutoConfiguration} is excluded
 * (application.yml): its condition on {@code spring.mail.host} would be fixed at build time by Spring AOT in the
 * packaged jar (performance.md, "Start-up, session 10"). The sender is set up as Boot's own would be.
 */
@Component
public class MailServer {

    private final JavaMailSender sender;

    MailServer(Environment environment, ObjectProvider<SslBundles> sslBundles) {
        MailProperties properties = Binder.get(environment).bindOrCreate("spring.mail", MailProperties.class);
        // as @ConditionalOnProperty("spring.mail.host") decided: given (even empty) and not "false"
        boolean configured = properties.getHost() != null && !"false".equalsIgnoreCase(properties.getHost());
        this.sender = configured ? sender(properties, sslBundles) : null;
    }

    public Optional<JavaMailSender> sender() {
        return Optional.ofNullable(sender);
    }

    private static JavaMailSender sender(MailProperties properties, ObjectProvider<SslBundles> sslBundles) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(properties.getHost());
        if (properties.getPort() != null) {
            sender.setPort(properties.getPort());
        }
        sender.setUsername(properties.getUsername());
        sender.setPassword(properties.getPassword());
        sender.setProtocol(properties.getProtocol());
        if (properties.getDefaultEncoding() != null) {
            sender.setDefaultEncoding(properties.getDefaultEncoding().name());
        }
        Properties javaMail = new Properties();
        javaMail.putAll(properties.getProperties());
        String protocol = StringUtils.hasLength(properties.getProtocol()) ? properties.getProtocol() : "smtp";
        MailProperties.Ssl ssl = properties.getSsl();
        if (ssl.isEnabled() || StringUtils.hasLength(ssl.getBundle())) {
            if (ssl.isVerifyHostname()) {
                javaMail.setProperty(javaMailKey(protocol, "ssl.checkserveridentity"), "true");
            }
            if (ssl.isEnabled()) {
                javaMail.setProperty(javaMailKey(protocol, "ssl.enable"), "true");
            }
            if (StringUtils.hasLength(ssl.getBundle())) {
                javaMail.put(javaMailKey(protocol, "ssl.socketFactory"),
                        sslBundles.getObject().getBundle(ssl.getBundle()).createSslContext().getSocketFactory());
            }
        }
        if (!javaMail.isEmpty()) {
            sender.setJavaMailProperties(javaMail);
        }
        return sender;
    }

    /** A Jakarta Mail setting of the protocol, e.g. {@code mail.smtp.ssl.enable}. */
    private static String javaMailKey(String protocol, String setting) {
        return String.join(".", "mail", protocol, setting);
    }
}
