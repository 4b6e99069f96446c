package org.jointcare.api.pages;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Post/redirect/get with 303 See Other: a page's {@code redirect:} view (see
 * {@link CommandForms#seeOther}) tells the browser to GET the result page, whatever the method of
 * the request it answers. The API never answers with a view, so this touches pages only.
 */
@Configuration(proxyBeanMethods = false)
public class PageRedirects {

    @Bean
    static BeanPostProcessor seeOtherAfterPost() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof ThymeleafViewResolver resolver) {
                    // HTTP/1.1 redirects: RedirectView answers 303 instead of the servlet's 302
                    resolver.setRedirectHttp10Compatible(false);
                }
                return bean;
            }
        };
    }
}
